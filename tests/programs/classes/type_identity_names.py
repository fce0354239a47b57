# Tests type(obj) is C, type(obj).__name__, obj.__class__, C.__name__ and C.__qualname__ at module level.
class Alpha:
    pass


class Beta(Alpha):
    pass


a = Alpha()
b = Beta()
print(type(a) is Alpha, type(b) is Alpha, type(b) is Beta)
print(type(a) == type(Alpha()), type(a) == type(b))
print(type(a).__name__, type(b).__name__)
print(a.__class__.__name__, b.__class__ is Beta)
print(Alpha.__name__, Beta.__qualname__, Alpha.__module__)
print(type(Alpha).__name__, type(Alpha) is type)
print(type(5).__name__, type("x").__name__, type(None).__name__, type([]).__name__)
c = type(b)()
print(type(c).__name__, isinstance(c, Alpha))
print(f"{type(a).__name__}-{b.__class__.__name__}")
