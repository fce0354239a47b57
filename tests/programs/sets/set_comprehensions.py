# Tests set comprehensions with conditions, nesting, and deduplication
print({x * x for x in range(-3, 4)})
print({x for x in range(20) if x % 3 == 0})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({w.lower() for w in ["Apple", "APPLE", "pear", "Pear", "fig"]}))
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
evens = {n for n in range(10) if n % 2 == 0}
odds = {n for n in range(10)} - evens
print(evens, odds)
print(len({c for c in "hello world"}))
