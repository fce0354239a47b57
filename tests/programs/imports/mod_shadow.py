calls = []


def len(x):
    calls.append("len")
    return -1


def measure(s):
    return len(s)


def real_measure(s):
    return __builtins_len(s)


def __builtins_len(s):
    n = 0
    for _ in s:
        n += 1
    return n


def max(*args):
    return "shadowed max"
