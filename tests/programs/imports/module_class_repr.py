import mod_classes
from mod_classes import Dog


class Local:
    pass


print(repr(Dog))
print(str(mod_classes.Plain))
print(repr(Local))
print(type(Dog("x")))
print([Dog, Local])
