# Tests NameError: cannot access free variable 'x' where it is not associated with a value in enclosing scope.
def outer():
    def inner():
        nonlocal x
        return x + 1
    print("inner defined")
    print("calling inner before x is assigned")
    r = inner()
    x = 10
    return r

print("start")
outer()
