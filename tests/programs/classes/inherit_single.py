# Tests single inheritance: inherited methods and attributes, subclass additions.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} is an {self.kind}"

    def sound(self):
        return "..."


class Dog(Animal):
    kind = "dog"

    def fetch(self):
        return f"{self.name} fetches"


a = Animal("generic")
d = Dog("rex")
print(a.describe())
print(d.describe())
print(d.sound(), d.fetch())
print(hasattr(a, "fetch"), hasattr(d, "fetch"))
print(Dog.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(Dog.kind, Animal.kind, d.kind)
