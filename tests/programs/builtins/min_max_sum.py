# min/max with key= and default=, sum with start.
def length(s):
    return len(s)

print(min(4, 2, 8), max(4, 2, 8), min([4, 2, 8]), max((4, 2, 8)))
print(min("hello"), max("hello"), min(["b", "a"]), max({"x": 1, "y": 0}))
print(max([], default="empty"), min([], default=None), max([5], default=0))

def second(pair):
    return pair[1]

def absval(n):
    return abs(n)

pairs = [("a", 3), ("b", 1), ("c", 3), ("d", 0)]
print(max(pairs, key=second), min(pairs, key=second))
print(max([-7, 3, 5], key=absval), min([-7, 3, -3], key=absval))
print(max(-7, 3, 5, key=absval), max([], key=absval, default="none"))
print(max([1, 2.5, 2]), min([1, 1.0]), max([1.0, 1]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.5, 0.5]), sum([], 0.0), sum([[1], [2]], []))
print(sum([True, True, False]), sum(range(10), start=-45))
print(max("apple", "banana", "cherry", key=length), max(["aa", "bb"], key=length))
