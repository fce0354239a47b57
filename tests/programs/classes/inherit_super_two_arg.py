# Tests super(C, self).method() explicit two-argument form, including skipping a level.
class A:
    def greet(self):
        return "A.greet"


class B(A):
    def greet(self):
        return "B.greet"


class C(B):
    def greet(self):
        return "C.greet"

    def via_super_c(self):
        return super(C, self).greet()

    def via_super_b(self):
        return super(B, self).greet()

    def via_zero_arg(self):
        return super().greet()


c = C()
print(c.greet())
print(c.via_super_c())
print(c.via_super_b())
print(c.via_zero_arg())
print(super(C, c).greet(), super(B, c).greet())
