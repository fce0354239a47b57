# iter() and next() with defaults and exhaustion.
it = iter([1, 2, 3])
print(next(it))
print(next(it), next(it))
print(next(it, "exhausted"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
s = iter("hi")
print(next(s), next(s), next(s, "end"))
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
r = iter(range(3))
for x in r:
    print("loop", x)
print(next(r, "done"))
t = iter((5, 6))
print(list(t), list(t))
words = iter(["alpha", "beta", "gamma", "delta"])
first = next(words)
rest = []
for w in words:
    rest.append(w.upper())
print(first, rest)
