# Tests that comprehension variables do not leak into the enclosing scope.
x = "outer-x"
i = -1
squares = [x * x for x in range(5)]
print(squares)
print("x after:", x)
pairs = [(i, x) for i in range(2) for x in "ab"]
print(pairs)
print("i after:", i, "x after:", x)
d = {x: i for i, x in enumerate("pq")}
print(d)
print("i after dict comp:", i, "x:", x)

def func():
    k = "func-k"
    vals = [k for k in range(3)]
    return vals, k

print(func())
# the first iterable is evaluated in the enclosing scope
n = 3
print([n for n in range(n)], n)
