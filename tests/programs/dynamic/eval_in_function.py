# eval() inside a function sees the function's parameters and locals,
# and module globals.
rate = 3
unit = "cm"

def measure(length, width=2):
    area = length * width
    label = "area"
    print(eval("length + width"))
    print(eval("area * rate"))
    print(eval("label + ' ' + str(area) + unit"))
    print(eval("f'{length}x{width}={area}'"))
    return eval("area + rate")

print(measure(4))
print(measure(5, width=6))

def local_shadows_global(rate):
    # The parameter shadows the module-level 'rate'.
    return eval("rate * 10")

print(local_shadows_global(7))
print(eval("rate * 10"))

def loop_eval(n):
    total = 0
    for i in range(n):
        total += eval("i * i")
    return total

print(loop_eval(6))

def pick(expr, a, b):
    # The expression text comes from the caller.
    return eval(expr)

print(pick("a - b", 10, 4))
print(pick("max(a, b) * rate", 10, 4))
print(pick("[a] * b", "z", 3))

def with_explicit(a):
    # With explicit dicts the function's locals are NOT visible.
    try:
        return eval("a", {"b": 1})
    except NameError as e:
        return "NameError: " + str(e)

print(with_explicit(1))
