# Tests __repr__ and __str__ via print, str(), repr(), f-strings with !r and !s.
class Money:
    def __init__(self, amount, cur):
        self.amount = amount
        self.cur = cur

    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"

    def __str__(self):
        return f"{self.amount} {self.cur}"


m = Money(5, "EUR")
print(m)
print(str(m))
print(repr(m))
print(f"{m}")
print(f"{m!r}")
print(f"[{m!s}]")
print("value: " + str(m))
print(m, m, sep=" | ")
print(str(m) == "5 EUR", repr(m) == "Money(5, 'EUR')")
