# object's methods reached through an instance: __init__ (with CPython's message naming the class) and __setattr__.
class A:
    pass
a = A()
print(a.__init__())
try:
    object.__init__(a, 1)
except TypeError as e:
    print(e)
a.__setattr__("x", 3)
print(a.x)
