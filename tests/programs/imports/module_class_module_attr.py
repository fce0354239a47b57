import mod_classes
from mod_classes import Dog, Plain


class Local:
    pass


print(mod_classes.Animal.__module__)
print(Dog.__module__)
print(Local.__module__)
print(Dog.__name__, Dog.__qualname__)
d = Dog("rex")
print(d.speak(), d.kind())
print(type(d).__module__)
print(repr(Plain()).split(" object at ")[0])
print(repr(Local()).split(" object at ")[0])
print(repr(mod_classes.Tagged()))
print(isinstance(d, mod_classes.Animal))
print(Dog is mod_classes.Dog)
