# Tests bytes as dict keys and set members (hashable) versus bytearray (unhashable)
d = {b"k1": 1, b"k2": 2}
print(d[b"k1"], d.get(b"k3", "missing"))
print(sorted(d))
s = {b"x", b"y", b"x"}
print(sorted(s), len(s))
print(b"x" in s, bytes(bytearray(b"y")) in s)
try:
    {bytearray(b"x")}
except TypeError as e:
    print("TypeError:", e)
try:
    d[bytearray(b"k1")] = 3
except TypeError as e:
    print("TypeError:", e)
print(frozenset([b"a", b"a"]) == frozenset([b"a"]))
