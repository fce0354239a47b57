# Tests class attribute lookup through inheritance and overriding/assigning on the subclass.
class Base:
    color = "red"
    sizes = [1, 2]

    def get_color(self):
        return self.color


class Child(Base):
    pass


class Other(Base):
    color = "blue"


print(Child.color, Other.color, Child().get_color(), Other().get_color())
Base.color = "green"
print(Child.color, Other.color, Base().get_color())
Child.color = "yellow"
print(Child.color, Base.color, "color" in vars(Child), "color" in vars(Base))
del Child.color
print(Child.color)
Child.sizes.append(3)
print(Base.sizes, Child.sizes is Base.sizes)
