# Tests reflected comparisons: a > b falls back to b.__lt__(a), and == falls back to other.__eq__.
class Left:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Left({self.v})"


class Right:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("Right.__lt__ called")
        return self.v < other.v

    def __gt__(self, other):
        print("Right.__gt__ called")
        return self.v > other.v

    def __eq__(self, other):
        print("Right.__eq__ called")
        return self.v == other.v


l = Left(1)
r = Right(5)
print(l < r)
print(l > r)
print(l == r)
print(r > l)
