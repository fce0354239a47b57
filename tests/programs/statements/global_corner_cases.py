# Tests global declarations: creating globals from functions, shadowing, and augmented assignment
counter = 0

def bump():
    global counter
    counter += 1
    return counter

print(bump(), bump(), counter)

def create():
    global created_later
    created_later = "made inside function"

create()
print(created_later)

x = "global x"
def shadow():
    x = "local x"
    return x

print(shadow(), "|", x)

def reader():
    return x

x = "rebound global"
print(reader())

def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local now"
    return x

print(unbound())

def nested_global():
    def inner():
        global counter
        counter = 100
    counter = -1
    inner()
    return counter

print(nested_global(), counter)
