# Tests passing functions as arguments and returning them.
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x

def inc(x): return x + 1
print(apply_n(inc, 5, 0), apply_n(lambda s: s + "a", 3, ""))

def my_map(f, xs):
    return [f(x) for x in xs]

def my_filter(pred, xs):
    return [x for x in xs if pred(x)]

def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc

nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(my_map(str, [1, 2.5, None]))
print(my_map(len, ["a", "bb", ""]))

def choose(op):
    if op == "neg":
        return lambda x: -x
    def ident(x):
        return x
    return ident

print(choose("neg")(5), choose("id")(5))
print(sorted([3, 1, 2], key=choose("neg")))
