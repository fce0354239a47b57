# Tests the * unpack error naming a nested function by module + qualname.
def outer():
    def inner(*args):
        return args
    print(inner(*[1]))
    print(inner(*(1, 2)), inner(*"ab"))
    print("unpacking None into inner")
    return inner(*None)

outer()
