# Tests the uncaught RuntimeError produced when a generator body lets StopIteration escape
def firsts(lists):
    for lst in lists:
        it = iter(lst)
        # next() on an empty iterator raises StopIteration inside the generator body
        yield next(it)

data = [[1, 2], [3], [], [4]]
print("lists:", data)
for v in firsts(data):
    print("first element:", v)
print("not reached")
