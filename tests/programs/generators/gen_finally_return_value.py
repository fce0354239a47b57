# Tests generators whose try/finally interacts with return values and exhaustion
def gen():
    try:
        yield "a"
        return "from try"
    finally:
        print("finally runs before StopIteration")

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def nested_finally():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
        yield 2
    finally:
        print("outer finally")

print(list(nested_finally()))
g2 = nested_finally()
next(g2)
g2.close()
print("closed at first yield")
