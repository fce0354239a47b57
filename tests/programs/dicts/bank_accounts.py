# A small bank simulation with dicts, including failed operations.
accounts = {}
history = []

def open_account(name, deposit=0):
    if name in accounts:
        return "exists"
    accounts[name] = deposit
    history.append(("open", name, deposit))
    return "ok"

def transfer(src, dst, amount):
    if src not in accounts or dst not in accounts:
        return "no such account"
    if amount <= 0:
        return "bad amount"
    if accounts[src] < amount:
        return "insufficient funds"
    accounts[src] -= amount
    accounts[dst] += amount
    history.append(("transfer", src, dst, amount))
    return "ok"

print(open_account("alice", 100))
print(open_account("bob"))
print(open_account("alice", 5))
print(open_account("carol", deposit=250))
print(transfer("alice", "bob", 30))
print(transfer("bob", "carol", 50))
print(transfer("carol", "bob", 125))
print(transfer("dave", "bob", 1))
print(transfer("alice", "bob", -5))
print(accounts)
print(sum(accounts.values()))
for entry in history:
    print(entry)
def balance_of(name):
    return accounts[name]

richest = max(accounts, key=balance_of)
print("richest:", richest, accounts[richest])
