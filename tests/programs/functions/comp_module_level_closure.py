# Tests module-level comprehensions reading module globals and functions defined later-called.
scale = 3
def f(x):
    return x * scale

vals = [f(x) for x in range(4)]
print(vals)
scale = 10
print([f(x) for x in range(4)])
limit = 5
print([x for x in range(20) if x % limit == 0])
table = {name: [f(i) for i in range(n)] for name, n in [("a", 1), ("b", 3)]}
print(table)
print([[limit * r + c for c in range(2)] for r in range(2)])
