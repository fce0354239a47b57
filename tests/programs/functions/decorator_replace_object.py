# Tests decorators that return a different object (not a wrapper) or the original.
registry = {}

def register(fn):
    registry[fn.__name__] = fn
    return fn        # returns the original function unchanged

@register
def alpha():
    return "A"

@register
def beta():
    return "B"

print(sorted(registry))
print(registry["alpha"](), beta())

def call_now(fn):
    return fn()      # replaces the function by its result

@call_now
def answer():
    return 42

print(answer, isinstance(answer, int))

def to_list(fn):
    return [fn(i) for i in range(4)]

@to_list
def table(i):
    return i * i

print(table)

def as_dict(fn):
    return {"name": fn.__name__, "value": fn(2)}

@as_dict
def triple(n):
    return n * 3

print(table[2], triple)
