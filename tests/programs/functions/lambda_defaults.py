# Tests lambdas with default arguments, *args, **kwargs and keyword-only params.
f = lambda x, y=10: x + y
print(f(1), f(1, 2), f(y=5, x=3))

g = lambda *args: len(args)
print(g(), g(1), g(1, 2, 3))

h = lambda *args, **kw: f"{args} {kw}"
print(h(1, 2, a=3, b=4))

k = lambda a, *, b=2, c: (a, b, c)
print(k(1, c=3), k(1, b=0, c=9))

p = lambda a, b, /, c=3: a * 100 + b * 10 + c
print(p(1, 2), p(1, 2, c=9))

total = lambda first, *rest: first + sum(rest)
print(total(1), total(1, 2, 3, 4))

base = 1000
with_def = lambda x, b=base: x + b
base = 0
print(with_def(1))
