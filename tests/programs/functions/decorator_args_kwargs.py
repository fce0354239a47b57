# Tests decorators that forward *args/**kwargs to the wrapped function.
def log_call(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args]
        for k in kwargs:
            parts.append(f"{k}={kwargs[k]!r}")
        print(f"{fn.__name__}({', '.join(parts)})")
        return fn(*args, **kwargs)
    return wrapper

@log_call
def connect(host, port=80, *, secure=False, timeout=1.5):
    return f"{host}:{port} secure={secure} timeout={timeout}"

print(connect("a.com"))
print(connect("b.com", 443, secure=True))
print(connect(host="c.com", timeout=9))

@log_call
def total(*nums, scale=1):
    return sum(nums) * scale

print(total(1, 2, 3))
print(total(1, 2, scale=10))
print(total())
