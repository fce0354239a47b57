# Tests __init__ storing instance attributes and reading them back.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Person:
    def __init__(self, name, age=30):
        self.name = name
        self.age = age
        self.tags = []


p = Point(3, 4)
print(p.x, p.y)
p.x = 10
print(p.x, p.y)
q = Point(y=7, x=-1)
print(q.x, q.y)
a = Person("Ann")
b = Person("Bob", age=41)
print(a.name, a.age, a.tags)
print(b.name, b.age, b.tags)
a.tags.append("admin")
print(a.tags, b.tags)
print(a.tags is b.tags)
c = Person(name="Cy", age=5)
c.age = c.age + 1
print(c.name, c.age)
