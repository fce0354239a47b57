# Tests that each call of a generator function creates an independent generator with its own state
def counter(label):
    n = 0
    while True:
        n += 1
        yield f"{label}{n}"

a = counter("a")
b = counter("b")
print(next(a), next(a), next(b), next(a), next(b))

g = counter("z")
print(iter(g) is g)
print(next(iter(g)))

def interleave(*gens):
    out = []
    for _ in range(3):
        for g in gens:
            out.append(next(g))
    return out

print(interleave(counter("x"), counter("y")))
seq = [1, 2, 3]
zipped = zip((v for v in seq), (v * 10 for v in seq))
print(list(zipped))
