# Tests @staticmethod called via class and instance, and from other methods.
class MathUtil:
    factor = 3

    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def is_even(n):
        return n % 2 == 0

    def triple_sum(self, a, b):
        return MathUtil.add(a, b) * self.factor

    def check(self, n):
        return self.is_even(n)


print(MathUtil.add(2, 3), MathUtil.is_even(4), MathUtil.is_even(7))
m = MathUtil()
print(m.add(10, 20), m.triple_sum(1, 2), m.check(10))
f = MathUtil.add
print(f(1, 1))


class Sub(MathUtil):
    @staticmethod
    def is_even(n):
        return "overridden"


print(Sub().check(2), Sub.add(5, 5))
