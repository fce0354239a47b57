# Tests __truediv__, __floordiv__, __mod__, __pow__ and friends on a wrapper number class.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o.v)

    def __sub__(self, o):
        return Num(self.v - o.v)

    def __mul__(self, o):
        return Num(self.v * o.v)

    def __truediv__(self, o):
        return Num(self.v / o.v)

    def __floordiv__(self, o):
        return Num(self.v // o.v)

    def __mod__(self, o):
        return Num(self.v % o.v)

    def __pow__(self, o):
        return Num(self.v ** o.v)

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(+self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __repr__(self):
        return f"Num({self.v})"


a = Num(17)
b = Num(5)
print(a + b, a - b, a * b)
print(a / b, a // b, a % b, a ** Num(2))
print(Num(-17) // b, Num(-17) % b, Num(2) ** Num(-1))
print(-a, +b, abs(Num(-3)), abs(-a))
print((a + b) * (a - b) // Num(4))
