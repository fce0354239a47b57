# Tests that default values are evaluated once (mutable default list grows).
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
r = append_to(3, [])
print(r)
print(append_to(4))

def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]

print(counter(), counter(), counter({}), counter())

calls = []
def default_value():
    calls.append("evaluated")
    return 10

def use(x=default_value()):
    return x

print(use(), use(), use(1))
print(calls)

def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe(1), safe(2))
