# Tests that several closures share the same nonlocal cell and see each other's updates
def account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("dep", amount))
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("denied", amount))
            return False
        balance -= amount
        history.append(("wd", amount))
        return True
    def report():
        return balance, history
    return deposit, withdraw, report

dep, wd, rep = account(10)
dep(5)
print(wd(20))
print(wd(12))
dep(1)
print(rep())

def swap_demo():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    swap()
    swap()
    return a, b

print(swap_demo())
