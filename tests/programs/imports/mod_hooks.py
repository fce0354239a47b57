def total(xs):
    return sum(xs)


def describe(x):
    return f"{type(x).__name__}:{len(str(x))}"


def report():
    return config_value * 2


def ranged(n):
    return [i for i in range(n)]
