# Tests dict comprehensions that invert, filter and group data.
ages = {"ann": 31, "bob": 25, "cy": 31, "dee": 40}
print({name: age for name, age in ages.items() if age > 30})
print({age: name for name, age in ages.items()})
groups = {age: [n for n in ages if ages[n] == age] for age in sorted(ages.values())}
print(groups)
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
print({k: counts[k] for k in sorted(counts, key=lambda c: -counts[c])})
nested = {r: {c: r * c for c in range(1, 3)} for r in range(1, 3)}
print(nested)
