# `for` over range() with bounds beyond 64 bits, and with bad arguments.
for i in range(10**20, 10**20 + 3):
    print(i)
for i in range(2**62 - 2, 2**62 + 1):
    print(i, i % 7)
total = 0
for i in range(-(2**63) - 2, -(2**63) + 2):
    total += i
print(total)
for i in range(10**30, 10**30 - 20, -7):
    print(i)
else:
    print("done")
for i in range(10**19, 10**19 + 100):
    if i % 10 == 3:
        print("break at", i)
        break
try:
    for i in range(1.5):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    for i in range(0, 10**20, 0):
        pass
except ValueError as e:
    print("ValueError:", e)
