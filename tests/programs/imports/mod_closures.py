def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count
    return step


scale = 10


def make_scaler():
    def s(x):
        return x * scale
    return s
