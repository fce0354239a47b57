# Tests variable lookup timing in generator expressions (the outer iterable is bound early, the rest late)
n = 3
g = (i * n for i in range(n))
n = 10
print(list(g))

items = [1, 2, 3]
g2 = (x for x in items)
items = [100]
print(list(g2))

lst = [1, 2, 3]
g3 = (x for x in lst)
lst.append(4)
print(list(g3))

def make():
    k = 1
    g = (x + k for x in range(3))
    k = 100
    return g

print(list(make()))
