# exec() at module level defines functions that compiled code then calls.
exec("def square(x):\n    return x * x")
print(square(7))
print(square(1.5))

source = """
def describe(name, count=1):
    if count == 1:
        return name
    return str(count) + " " + name + "s"
"""
exec(source)
print(describe("apple"))
print(describe("pear", 3))
print(describe("plum", count=0))

# A compiled function calling an exec-defined one through the module globals.
def sum_of_squares(values):
    total = 0
    for v in values:
        total += square(v)
    return total

print(sum_of_squares([1, 2, 3, 4]))

# Exec-defined function stored and passed around like any other function.
funcs = [square, describe]
print(funcs[0](12))
print(funcs[1]("cat", 2))

# Redefining through exec replaces the module binding.
exec("def square(x):\n    return x * x * x")
print(square(3))
print(sum_of_squares([1, 2]))

# Exec-defined function with a default and several statements.
exec("""
def clamp(v, lo=0, hi=10):
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v
""")
results = []
for v in [-5, 3, 42]:
    results.append(clamp(v))
print(results, clamp(50, hi=100))
