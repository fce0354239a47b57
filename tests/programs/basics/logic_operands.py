# and/or return one of their operands, not necessarily a bool.
print(0 or 5)
print(3 or 5)
print(0 and 5)
print(3 and 5)
print("" or "default")
print("value" or "default")
print([] or [1])
print(None or 0)
print(None and 1)
print(1 and 2 and 3)
print(1 and 0 and 3)
print(0 or "" or None)
print(0 or "" or "last")
print(not 0, not 5, not "")
def noisy(v):
    print("evaluated", v)
    return v
print(noisy(0) and noisy(1))
print(noisy(1) or noisy(2))
print(noisy(1) and noisy(2))
x = None
name = x or "anonymous"
print(name)
