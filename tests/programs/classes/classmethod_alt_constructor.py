# Tests @classmethod alternative constructors and class-level state through cls.
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y = y
        self.m = m
        self.d = d
        Date.created += 1

    @classmethod
    def from_string(cls, s):
        parts = s.split("-")
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @classmethod
    def how_many(cls):
        return cls.created

    def show(self):
        return f"{self.y:04d}/{self.m:02d}/{self.d:02d}"


d1 = Date.from_string("2024-3-7")
d2 = Date.epoch()
d3 = d1.from_string("1999-12-31")
print(d1.show(), d2.show(), d3.show())
print(Date.how_many(), d1.how_many())
print(type(d3).__name__)
