# Uncaught ValueError raised explicitly with multiple args.
def withdraw(balance, amount):
    if amount > balance:
        raise ValueError("insufficient funds", balance, amount)
    return balance - amount

balance = 100
for amount in [30, 50]:
    balance = withdraw(balance, amount)
    print("balance", balance)
balance = withdraw(balance, 70)
print("unreachable")
