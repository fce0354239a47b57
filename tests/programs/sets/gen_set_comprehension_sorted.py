# Tests set comprehensions fed by generators, printed sorted
def words():
    yield "pear"
    yield "apple"
    yield "fig"
    yield "apple"
    yield "kiwi"
    yield "fig"

unique = {w for w in words()}
print(sorted(unique))
print(len(unique))
lengths = {len(w) for w in words()}
print(sorted(lengths))
first_letters = {w[0] for w in words() if len(w) > 3}
print(sorted(first_letters))
mods = {x % 4 for x in (n * n for n in range(20))}
print(sorted(mods))
print(sorted(set(x // 2 for x in range(10))))
