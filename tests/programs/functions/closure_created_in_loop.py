# Tests closures created in a loop inside a function, each with its own cell.
def make_multipliers(factors):
    result = {}
    for fac in factors:
        def build(m):
            def mul(x):
                return x * m
            return mul
        result[fac] = build(fac)
    return result

ms = make_multipliers([2, 3, 5])
for key in ms:
    print(key, ms[key](7))

def make_counters(n):
    counters = []
    for _ in range(n):
        def new():
            c = 0
            def tick():
                nonlocal c
                c += 1
                return c
            return tick
        counters.append(new())
    return counters

cs = make_counters(3)
cs[0](); cs[0](); cs[2]()
print([c() for c in cs])
