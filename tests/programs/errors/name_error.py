# Uncaught NameError for a name that is never defined.
def compute(values):
    result = 0
    for v in values:
        result += v
    return result

print(compute([1, 2, 3]))
print(compute(range(10)))
print(compute(undefined_quantity_value))
