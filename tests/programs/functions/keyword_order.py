# Evaluation order of positional and keyword arguments.
def trace(label, value):
    print("eval", label)
    return value

def combine(a, b, c=0, d=0):
    return (a, b, c, d)

print(combine(trace("a", 1), trace("b", 2), d=trace("d", 4), c=trace("c", 3)))
print(combine(trace("x", 1), b=trace("y", 2)))
print(combine(b=trace("B", "b"), a=trace("A", "a")))

def left():
    print("left operand")
    return 2

def right():
    print("right operand")
    return 3

print(left() ** right())
print(left() < right() < trace("third", 4))
result = [trace("first", 1), trace("second", 2)]
print(result)
d = {trace("key", "k"): trace("value", "v")}
print(d)
