# Errors raised deep inside a chain of yield from reach the consumer, and
# StopIteration raised inside a generator becomes RuntimeError.
def bottom(n):
    yield n
    if n == 3:
        raise KeyError("deep")
    yield n * 10

def chain(n):
    yield from bottom(n)
    yield "after"

for n in (2, 3):
    try:
        print(list(chain(n)))
    except KeyError as e:
        print("KeyError", e)

def stopper():
    yield 1
    raise StopIteration("oops")

def outer():
    yield from stopper()

try:
    print(list(outer()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def gen3():
    r = yield from range(3)
    print("range returns", r)
    yield from iter([7, 8])
print(list(gen3()))
