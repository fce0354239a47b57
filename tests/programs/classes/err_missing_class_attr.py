# Tests uncaught AttributeError when reading a missing attribute on the class object itself.
class C:
    x = 1

    def __init__(self):
        self.y = 2


print(C.x)
obj = C()
print(obj.y)
print(hasattr(C, "y"))
print(C.y)
