# Tests PEP 479: StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("leaked")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause is StopIteration:", isinstance(e.__cause__, StopIteration))
    print("cause message:", e.__cause__)

def next_on_empty():
    it = iter([])
    yield "before"
    yield next(it)

try:
    print(list(next_on_empty()))
except RuntimeError as e:
    print("list() saw RuntimeError:", e)

def safe():
    it = iter([])
    yield next(it, "default instead")

print(list(safe()))
