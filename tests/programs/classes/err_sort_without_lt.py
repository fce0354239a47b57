# Tests uncaught TypeError from sorted() on objects that only define __eq__.
class Item:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


items = [Item(3), Item(1)]
print(items[0] == Item(3))
print(sorted([items[0]])[0].v)
print(sorted(items))
