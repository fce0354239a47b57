# Tests lambdas stored as values, called immediately and via variables.
sq = lambda x: x * x
add = lambda a, b: a + b
const = lambda: "constant"
print(sq(7), add(2, 3), const())
print((lambda x, y: x - y)(10, 4))

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "//": lambda a, b: a // b,
}
for k in ops:
    print(k, ops[k](17, 5))

pipeline = [lambda s: s.strip(), lambda s: s.upper(), lambda s: s + "!"]
v = "  hello  "
for p in pipeline:
    v = p(v)
print(repr(v))

cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(n) for n in range(5)])
print((lambda: (lambda: 42))()())
