import math

total = 0
for n in [3, 2, 1, 0, -1]:
    total += math.factorial(n)
    print(n, total)
print("unreachable")
