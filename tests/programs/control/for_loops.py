# for loops over ranges, strings, lists, tuples and dicts with break/continue/else.
for i in range(3):
    print("range", i)
for i in range(10, 0, -3):
    print("down", i)
for i in range(2, 2):
    print("never")
for ch in "abc":
    print("char", ch)
for item in [1, "two", 3.0]:
    print("item", item)
for item in (True, None):
    print("tuple item", item)
for k in {"a": 1, "b": 2}:
    print("key", k)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for word in ["alpha", "beta", "", "gamma"]:
    if not word:
        continue
    print(word.capitalize())
total = 0
for i in range(100):
    if i % 7:
        continue
    total += i
print(total)
for i in range(3):
    pass
print("loop var after loop:", i)
