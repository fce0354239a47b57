# Tests __len__ with len() and truthiness falling back to __len__ when __bool__ is absent.
class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)

    def __len__(self):
        return len(self.items)


class Both:
    def __len__(self):
        return 0

    def __bool__(self):
        return True


class Plain:
    pass


b = Bag()
print(len(b), bool(b))
if not b:
    print("empty bag is falsy")
b.add(1)
b.add(2)
print(len(b), bool(b))
if b:
    print("non-empty bag is truthy")
print(bool(Both()), len(Both()))
print(bool(Plain()))
print(b and "yes", Bag() or "no")
