# Tests various 'as' targets: tuple unpacking, subscript, and the target persisting after the block
class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, exc_type, exc, tb):
        return False

with Pair() as (a, b):
    print("unpacked", a, b)

store = {}
with Pair() as store["key"]:
    pass
print(store)

items = [0, 0]
with Pair() as items[1]:
    pass
print(items)

with Pair() as p:
    pass
print("target still bound after block:", p)

with Pair() as (first, *rest):
    print(first, rest)
