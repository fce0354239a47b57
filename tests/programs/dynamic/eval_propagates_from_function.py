# Exceptions from compiled functions called inside eval propagate out of eval.
def checked_div(a, b):
    if b == 0:
        raise ZeroDivisionError("checked_div by zero")
    return a / b

def lookup(table, key):
    return table[key]

def validate(n):
    if n < 0:
        raise ValueError("negative: %d" % n)
    return n

print(eval("checked_div(9, 3)"))
try:
    eval("checked_div(1, 0)")
except ZeroDivisionError as e:
    print("caught:", e)

table = {"one": 1}
try:
    print(eval("lookup(table, 'one') + lookup(table, 'two')"))
except KeyError as e:
    print("KeyError from lookup:", e)

# Through several layers: compiled -> eval -> compiled -> eval -> compiled.
def layer(n):
    return eval("validate(n) + 1")

def top(n):
    return eval("layer(n) * 2")

print(top(5))
try:
    top(-3)
except ValueError as e:
    print("ValueError through layers:", e)

# Through exec as well.
try:
    exec("result = validate(-1)")
except ValueError as e:
    print("exec propagated:", e)
print("result" in globals())

# Code after the failing call in the same exec is not run.
steps = []
try:
    exec("steps.append('a')\nvalidate(-2)\nsteps.append('b')")
except ValueError:
    pass
print(steps)
