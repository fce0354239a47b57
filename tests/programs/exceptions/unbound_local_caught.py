# UnboundLocalError and NameError caught inside functions.
count = 10

def broken():
    print("before")
    count += 1
    return count

def also_broken(flag):
    if flag:
        value = "set"
    return value

def deleted():
    x = 1
    del x
    return x

for f_name in ["broken", "also_broken", "deleted"]:
    try:
        if f_name == "broken":
            broken()
        elif f_name == "also_broken":
            print(also_broken(True))
            also_broken(False)
        else:
            deleted()
    except UnboundLocalError as e:
        print(f_name, "->", type(e).__name__, e)
        print(isinstance(e, NameError))
try:
    print(missing_global_xyz)
except NameError as e:
    print(type(e).__name__, e)
print(count)
