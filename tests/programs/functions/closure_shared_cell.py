# Tests multiple closures sharing one cell, and cells surviving the outer call.
def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    def show():
        return f"balance={balance}"
    return {"deposit": deposit, "withdraw": withdraw, "show": show}

acct = bank(100)
print(acct["deposit"](50))
print(acct["withdraw"](30))
print(acct["withdraw"](500))
print(acct["show"]())

other = bank(1)
other["deposit"](1)
print(other["show"](), acct["show"]())
