# Generator expressions passed straight to list(), tuple() and sorted(): the same
# values, scopes, errors and evaluation order as the generator would give.
def items():
    print("items evaluated")
    return [3, 1, 2]

print(tuple(x * 10 for x in items()))
print(list(y for x in range(3) for y in range(x) if y != 1))
print(sorted((s for s in "banana"), reverse=True))
print(sorted((w for w in ["bb", "a", "ccc"]), key=lambda w: -len(w)))
x = "outer"
print(list(x for x in range(2)), x)
total = [0]
print(tuple((total.append(v), v)[1] for v in range(3)), total)
print(list(n for n in range(5) if (last := n) % 2), last)

def stop_inside():
    it = iter([])
    return tuple(next(it) for _ in range(3))

try:
    stop_inside()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

try:
    list(1 // (x - 2) for x in range(5))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

try:
    tuple(x for x in 5)
except TypeError as e:
    print("TypeError:", e)

def shadow():
    list = lambda g: ("shadowed", sum(g))
    return list(x for x in range(4))
print(shadow())
nested = tuple(tuple(j for j in range(i)) for i in range(4))
print(nested)
