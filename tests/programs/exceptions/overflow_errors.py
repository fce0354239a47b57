# OverflowError from float operations and int/float conversions.
cases = 0
try:
    print(2.0 ** 10000)
except OverflowError as e:
    cases += 1
    print("pow:", e, e.args)
try:
    print(float(2 ** 2000))
except OverflowError as e:
    cases += 1
    print("float():", e)
try:
    print(int(float("inf")))
except OverflowError as e:
    cases += 1
    print("int(inf):", e)
try:
    print(10 ** 500 / 7)
except OverflowError as e:
    cases += 1
    print("truediv:", e)
try:
    print(1e308 * 10)
except OverflowError as e:
    print("unexpected")
print("no overflow for mul:", 1e308 * 10, "cases:", cases)
print(isinstance(OverflowError("x"), ArithmeticError))
print(2 ** 10000 > 0, len(str(2 ** 10000)))
