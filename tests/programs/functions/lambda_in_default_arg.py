# Tests lambdas used as default argument values.
def apply_all(xs, fn=lambda v: v * 2):
    return [fn(x) for x in xs]

print(apply_all([1, 2, 3]))
print(apply_all([1, 2, 3], lambda v: -v))
print(apply_all([1, 2, 3], fn=str))

def transform(s, pre=lambda t: t.strip(), post=lambda t: t.title()):
    return post(pre(s))

print(repr(transform("  hello world  ")))
print(repr(transform("  hello world  ", post=lambda t: t.upper())))

def make(scale):
    def f(x, g=lambda y: y * scale):
        return g(x)
    return f

print(make(3)(4), make(10)(4))
