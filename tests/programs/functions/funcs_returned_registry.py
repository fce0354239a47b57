# Tests building a dispatch table of closures and returning functions from functions.
def make_ops():
    ops = {}
    def register(name):
        def deco(fn):
            ops[name] = fn
            return fn
        return deco

    @register("double")
    def _d(x):
        return x * 2

    @register("neg")
    def _n(x):
        return -x

    @register("square")
    def _s(x):
        return x * x

    return ops

ops = make_ops()
print(list(ops))
v = 3
for name in ["double", "square", "neg", "double"]:
    v = ops[name](v)
    print(name, v)
print([ops[k].__qualname__ for k in ops])
