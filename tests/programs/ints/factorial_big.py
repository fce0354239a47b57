# Factorials grow into big ints.
def factorial(n):
    result = 1
    i = 2
    while i <= n:
        result *= i
        i += 1
    return result

for n in [0, 1, 5, 10, 20, 21, 25, 50]:
    print(n, factorial(n))
f100 = factorial(100)
print(len(str(f100)))
digits = str(f100)
total = 0
for ch in digits:
    total += int(ch)
print("digit sum", total)
zeros = 0
while f100 % 10 == 0:
    f100 //= 10
    zeros += 1
print("trailing zeros", zeros)
print(factorial(30) // factorial(28))
