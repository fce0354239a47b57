# Tests stacked decorators: application order (bottom-up) and call order (top-down).
def tag(label):
    print(f"factory {label}")
    def deco(fn):
        print(f"apply {label} to {fn.__name__}")
        def wrapper(x):
            print(f"enter {label}")
            r = fn(x)
            print(f"exit {label}")
            return f"<{label}>{r}</{label}>"
        return wrapper
    return deco

@tag("a")
@tag("b")
@tag("c")
def body(x):
    print("body runs")
    return x

print("defined")
print(body("text"))
print(body.__name__, body.__qualname__)
