# Tests exceptions raised deep in method calls propagating through objects and being caught by type.
class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need = need
        self.have = have


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance

    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, name, bal):
        self.accounts[name] = Account(name, bal)

    def transfer(self, src, dst, amt):
        self.accounts[src].withdraw(amt)
        self.accounts[dst].balance += amt


b = Bank()
b.open("a", 100)
b.open("b", 5)
b.transfer("a", "b", 30)
for src, dst, amt in [("b", "a", 50), ("a", "b", 70), ("x", "a", 1)]:
    try:
        b.transfer(src, dst, amt)
        print("ok", src, dst, amt)
    except InsufficientFunds as e:
        print("insufficient:", e, e.need - e.have)
    except KeyError as e:
        print("no account:", e)
print(b.accounts["a"].balance, b.accounts["b"].balance)
