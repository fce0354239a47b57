# Tests generator expressions in sums, function arguments and conditions
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(10) if x % 3 == 0))
print(sorted((w.upper() for w in ["b", "c", "a"]), reverse=True))
print(sum((x for x in range(5)), 100))

def consume(it, limit):
    out = []
    for v in it:
        if len(out) == limit:
            break
        out.append(v)
    return out

print(consume((i * 2 for i in range(100)), 4))
ge = (c for c in "hey")
print(next(ge), next(ge), list(ge), list(ge))
print(any(n > 3 for n in [1, 2, 5]), all(n > 3 for n in [4, 2]))
