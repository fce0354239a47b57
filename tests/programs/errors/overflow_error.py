# Uncaught OverflowError from float exponentiation.
x = 2.0
for exp in [10, 100, 1000]:
    print(exp, x ** exp)
print(2 ** 10000 > 0)
print(1e308 * 10)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("caught:", e)
print("trying 2.0 ** 10000 without a handler")
print(x ** 10000)
