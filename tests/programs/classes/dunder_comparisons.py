# Tests __eq__, __ne__, __lt__, __le__, __gt__, __ge__ on a version class.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def key(self):
        return (self.major, self.minor)

    def __eq__(self, other):
        return self.key() == other.key()

    def __ne__(self, other):
        return self.key() != other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __le__(self, other):
        return self.key() <= other.key()

    def __gt__(self, other):
        return self.key() > other.key()

    def __ge__(self, other):
        return self.key() >= other.key()


a = Version(1, 2)
b = Version(1, 10)
c = Version(1, 2)
print(a == b, a == c, a != b, a != c)
print(a < b, a <= c, a > b, b >= a, b > a, c >= a)
print(a is c, a == c)
print(Version(2, 0) > Version(1, 99))
print(a < b < Version(3, 0), a < b > c)
