# Concatenation, repetition and membership.
a = "foo"
b = "bar"
print(a + b, a + " " + b)
print(a * 3, 3 * b, a * 0, a * -2)
print("-" * 20)
print((a + b) * 2)
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
print("oo" in a, "x" not in a, "" in a)
print("abc" + "")
line = "=" * 5 + " title " + "=" * 5
print(line)
parts = ""
for word in ["alpha", "beta", "gamma"]:
    if parts:
        parts += ", "
    parts += word
print(parts)
print(str(12) + str(3.5) + str(True) + str(None))
