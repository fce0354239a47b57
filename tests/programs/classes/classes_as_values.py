# Tests classes as first-class values: stored in lists/dicts, passed to functions, instantiated later.
class Dog:
    def speak(self):
        return "woof"


class Cat:
    def speak(self):
        return "meow"


def make(cls, n):
    out = []
    for i in range(n):
        out.append(cls())
    return out


registry = {"dog": Dog, "cat": Cat}
for key in ["cat", "dog", "cat"]:
    obj = registry[key]()
    print(key, obj.speak(), type(obj).__name__)
animals = make(Dog, 2) + make(Cat, 1)
for a in animals:
    print(a.speak())
kinds = [Dog, Cat]
print(kinds[1].__name__, kinds[0] is Dog, Dog == Cat)
cls = Cat
print(isinstance(cls(), Cat), cls.speak(Dog()))
