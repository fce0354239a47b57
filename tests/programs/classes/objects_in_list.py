# Tests storing objects in lists, iterating, filtering by attribute and mutating through the list.
class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


items = [Item("pen", 2, 10), Item("book", 15, 2), Item("bag", 40, 1)]
for it in items:
    print(it.name, it.total())
grand = 0
for it in items:
    grand += it.total()
print("grand", grand)
cheap = []
for it in items:
    if it.price < 20:
        cheap.append(it.name)
print(cheap)
items[0].qty = 0
print(items[0].total(), len(items))
first = items[1]
items.append(first)
first.qty = 3
print(items[1].total(), items[3].total(), items[1] is items[3])
for i, it in enumerate(items):
    print(i, it.name)
