# Tests calling base-class methods explicitly as Base.method(self, ...).
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def describe(self):
        return f"{self.owner}: {self.balance}"

    def deposit(self, amt):
        self.balance += amt
        return self.balance


class Savings(Account):
    def __init__(self, owner, balance, rate):
        Account.__init__(self, owner, balance)
        self.rate = rate

    def describe(self):
        return Account.describe(self) + f" @ {self.rate}%"

    def deposit(self, amt):
        bonus = amt * self.rate // 100
        return Account.deposit(self, amt + bonus)


s = Savings("ann", 100, 10)
print(s.describe())
print(s.deposit(50))
print(s.describe())
print(Account.describe(s))
a = Account("bob", 5)
print(Account.deposit(a, 5), a.describe())
