print("mod_defaults loading")
BASE = 10
log = []


def with_default(x, base=BASE):
    return x + base


def trace(fn):
    def wrapper(*args):
        log.append(fn.__name__ + str(args))
        return fn(*args)
    return wrapper


@trace
def mul(a, b):
    return a * b


table = {}
for _k in range(3):
    table[_k] = _k * _k

try:
    risky = int("x")
except ValueError:
    risky = -1
