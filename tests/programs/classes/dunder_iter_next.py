# Tests a class-based iterator (__iter__ returns self, __next__ raises StopIteration) in for, list(), next().
class CountUp:
    def __init__(self, start, stop):
        self.cur = start
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v


for x in CountUp(1, 4):
    print("for", x)
print(list(CountUp(5, 9)))
it = CountUp(0, 2)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
print(next(it, "default"))
once = CountUp(0, 3)
print(list(once), list(once))
print(iter(once) is once)
print(sum(CountUp(1, 11)), max(CountUp(3, 7)), sorted(CountUp(0, 3), reverse=True))
for i, v in enumerate(CountUp(10, 13)):
    print(i, v)
print(list(zip(CountUp(0, 3), "abc")))
