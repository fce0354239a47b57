# Tests comprehensions calling functions and lambdas, and ordering of side effects.
log = []
def note(tag, v):
    log.append(f"{tag}{v}")
    return v

r = [note("e", x) for x in range(3) if note("c", x) != 1]
print(r)
print(log)

fs = [lambda v, m=m: v * m for m in range(1, 4)]
print([f(10) for f in fs])
print([f(2) for f in [abs, str, lambda z: z + 1]])
print({f.__name__: f(-3) for f in [abs, str]})
words = ["b", "aa", "c", "ddd"]
print([w for w in sorted(words, key=lambda w: (len(w), w))])
print([min(p) for p in [(3, 1), (2, 5)]])
