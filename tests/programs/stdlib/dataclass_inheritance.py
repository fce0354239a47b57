from dataclasses import dataclass, fields


@dataclass
class Animal:
    name: str
    legs: int = 4

    def speak(self):
        return f"{self.name} makes a sound"


@dataclass
class Dog(Animal):
    breed: str = "mutt"

    def speak(self):
        return f"{self.name} barks"


@dataclass
class Bird(Animal):
    legs: int = 2
    flies: bool = True


d = Dog("Rex", breed="lab")
b = Bird("Tweety")
print(d, b)
print(d.speak(), b.speak())
print([f.name for f in fields(Dog)], [f.name for f in fields(Bird)])
print(d == Dog("Rex", 4, "lab"), d == Animal("Rex"))
print(isinstance(d, Animal))


class Plain(Animal):
    pass


print(Plain("p"), Plain("p") == Plain("p"))


@dataclass
class Base:
    x: int = 0


@dataclass
class Derived(Base):
    y: int = 1


print(Derived(), Derived(5, 6), Derived(y=3))
