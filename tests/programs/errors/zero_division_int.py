# Uncaught integer ZeroDivisionError from the modulo operator.
def digits_sum(n, base):
    total = 0
    while n:
        total += n % base
        n //= base
    return total

for base in [10, 2, 16]:
    print(base, digits_sum(255, base))
base = 0
print("base zero next")
print(digits_sum(255, base))
