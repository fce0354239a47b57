# Tests := inside comprehensions, which binds the name in the enclosing scope
def f(x):
    print("f called with", x)
    return x * x

results = [y for x in range(5) if (y := f(x)) > 4]
print(results)
print("y leaked from comprehension:", y)

running = 0
totals = [running := running + v for v in [1, 2, 3, 4]]
print(totals, running)

data = ["apple", "kiwi", "banana", "fig"]
if any(len(last := w) > 5 for w in data):
    print("first long word:", last)

def inner_scope():
    found = [hit for s in ["x1", "y22", "z333"] if len(hit := s) == 3]
    return found, hit

print(inner_scope())
pairs = {k: (sq := k * k) for k in range(4)}
print(pairs, sq)
