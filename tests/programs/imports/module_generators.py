import mod_gens
from mod_gens import countdown

print(list(countdown(4)))
g = mod_gens.evens(9)
print(next(g), next(g))
print(list(g))
print(list(mod_gens.pairs([1, 2, 3, 4])))
print(sum(mod_gens.squares))
print(list(mod_gens.squares))
total = 0
for v in countdown(3):
    total += v
print(total)
print(type(countdown(1)).__name__)
