# Tests decorators applied to nested functions that capture enclosing state.
def make_ops(k):
    def times_k(fn):
        def wrapper(x):
            return fn(x) * k
        return wrapper

    @times_k
    def plus1(x):
        return x + 1

    @times_k
    @times_k
    def ident(x):
        return x

    return plus1, ident

p, i = make_ops(3)
print(p(1), i(2))
p2, i2 = make_ops(-1)
print(p2(1), i2(2))

def outer():
    log = []
    def record(fn):
        log.append(fn.__name__)
        return fn
    @record
    def one():
        return 1
    @record
    def two():
        return 2
    return log, one() + two()

print(outer())
