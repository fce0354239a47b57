# Tests := in if conditions, elif chains, function arguments and nested expressions
def lookup(d, key):
    if (value := d.get(key)) is not None:
        return f"{key} -> {value}"
    elif (length := len(key)) > 3:
        return f"{key} missing (long key, {length} chars)"
    else:
        return f"{key} missing"

d = {"a": 1, "bb": 0}
print(lookup(d, "a"))
print(lookup(d, "bb"))
print(lookup(d, "zzzz"))
print(lookup(d, "z"))

print((y := 10) + y)
print(y)
values = [3, 9, 4]
if (total := sum(values)) > 10 and (avg := total / len(values)) > 5:
    print("big", total, avg)
print(max(m := 2, m * 3))
x = [z := 5, z + 1, z * 2]
print(x, z)
