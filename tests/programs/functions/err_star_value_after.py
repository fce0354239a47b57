# Tests TypeError "Value after * must be an iterable, not int" when * is mixed with other positionals.
def f(*args):
    return args

print(f(0, *[1, 2]))
print(f(*[1], *(2,)))
print(f(*[1], 2, *[3]))
print(f(0, *()))
print("mixing a positional with *int")
f(0, *7)
