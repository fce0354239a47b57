# + - * on values whose type the compiler cannot know (list items, function
# arguments): small ints, ints that overflow 63 bits, floats, strs, lists, mixes.
def ops(a, b):
    return [a + b, a - b if not isinstance(a, (str, list)) else None, a * b if not isinstance(b, (str, list)) else None]

values = [3, -7, 2**62 - 1, -(2**62), 2**62, 1.5, -0.0, True, 10**20]
for a in values:
    print([ops(a, b) for b in values])
pairs = [("ab", "cd"), ([1], [2, 3]), ((1,), (2,)), ("x", 3), ([0], 2)]
for a, b in pairs:
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError:", e)
acc = [0, 0.0]
for i in range(10):
    acc[0] = acc[0] + i * i
    acc[1] = acc[1] - i * 0.5
print(acc)
