# Tests multi-level inheritance: attribute/method lookup through three levels, and __mro__.
class A:
    def who(self):
        return "A"

    def a_only(self):
        return "a_only from A"

    def chain(self):
        return "A"


class B(A):
    def who(self):
        return "B"

    def chain(self):
        return "B>" + super().chain()


class C(B):
    def chain(self):
        return "C>" + super().chain()


c = C()
print(c.who(), c.a_only(), c.chain())
print(B().chain(), A().chain())
mro = []
for k in C.__mro__:
    mro.append(k.__name__)
print(mro)
print(isinstance(c, A), issubclass(C, A), issubclass(A, C))
