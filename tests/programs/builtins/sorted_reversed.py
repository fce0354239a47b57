# sorted and reversed on many iterables.
print(sorted([5, 2, 9, 1]), sorted("python"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([5, 2, 9, 1], reverse=True), sorted(["b", "A", "a", "B"]))
def neg(x):
    return -x
def last_char(s):
    return s[-1]
print(sorted([1, 3, 2], key=neg), sorted(["abc", "xyz", "mna"], key=last_char))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
r = reversed([10, 20, 30])
print(next(r), next(r), list(r))
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
print(sorted([]), list(reversed([])))
stable = [("b", 1), ("a", 1), ("c", 0), ("d", 1)]
def snd(p):
    return p[1]
print(sorted(stable, key=snd), sorted(stable, key=snd, reverse=True))
