# Tests returning NotImplemented so Python tries the reflected method of the other operand.
class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented

    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented

    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented


class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B handled +"

    def __eq__(self, other):
        print("B.__eq__")
        return True

    def __gt__(self, other):
        print("B.__gt__")
        return "B handled <"


a = A()
b = B()
print(a + b)
print(a == b)
print(a < b)
x = A()
print(x == x)
print(x != A())
