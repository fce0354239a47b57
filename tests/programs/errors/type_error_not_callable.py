# Uncaught TypeError: calling a value that is not a function.
def double(x):
    return 2 * x

ops = [double, double, 5]
value = 1
for op in ops:
    print("before", value)
    value = op(value)
    print("after", value)
print("unreachable")
