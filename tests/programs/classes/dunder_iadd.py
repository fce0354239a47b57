# Tests __iadd__ mutating in place (identity kept) versus += falling back to __add__ (new object).
class Acc:
    def __init__(self, items):
        self.items = items

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __repr__(self):
        return f"Acc({self.items})"


class Imm:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Imm(self.v + other)

    def __repr__(self):
        return f"Imm({self.v})"


a = Acc([])
alias = a
a += 1
a += 2
print(a, alias, a is alias)
i = Imm(10)
alias_i = i
i += 5
print(i, alias_i, i is alias_i)
holder = [Acc([0])]
holder[0] += 9
print(holder)
box = {"k": Imm(1)}
box["k"] += 1
print(box)
