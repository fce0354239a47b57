from enum import Enum, EnumType, IntEnum


class Light(Enum):
    RED = 1
    YELLOW = 2
    GREEN = 3


class Other(Enum):
    RED = 1


print(Light.RED in Light, Other.RED in Light)
print(type(Light), type(Light) is EnumType, isinstance(Light, EnumType), isinstance(Light, type))
print(issubclass(Light, Enum), issubclass(IntEnum, Enum))
try:
    Light.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Light.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)
Light.extra = "fine"
print(Light.extra, list(Light))
try:

    class More(Light):
        BLUE = 4

except TypeError as e:
    print("TypeError:", e)


class Base(Enum):
    def hello(self):
        return "hi " + self.name


class Child(Base):
    A = 1


print(Child.A.hello(), list(Base), len(Base))
