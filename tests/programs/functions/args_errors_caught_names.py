# Tests caught NameError/UnboundLocalError messages for closures and cells.
def free_before_assign():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    print("after assign:", inner())

def local_shadow():
    y = 1
    def inner():
        y = y + 1
        return y
    try:
        inner()
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    print("y still", y)

def cell_in_owner():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e, isinstance(e, NameError))
    z = 3
    return lambda: z

def missing_global():
    def inner():
        global not_there
        return not_there
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)

free_before_assign()
local_shadow()
print(cell_in_owner()())
missing_global()
