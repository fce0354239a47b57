# Iterating bytes and bytearray yields ints; reversed, enumerate, zip, sum, min, max, sorted
data = b"hello"
for i, c in enumerate(data):
    print(i, c, chr(c))
print(list(reversed(data)), sum(data), min(data), max(data))
print(sorted(bytearray(b"zyx")))
print([c for c in b"abc" if c != 98])
print(list(zip(b"ab", bytearray(b"xy"))))
it = iter(b"ab")
print(type(it).__name__, next(it), next(it), next(it, "done"))
ba = bytearray(b"ab")
it2 = iter(ba)
print(next(it2))
ba.append(99)
print(list(it2))
print(type(iter(bytearray())).__name__)
print(set(b"abca") == {97, 98, 99})
print(any(b"\x00\x00"), all(b"\x01\x02"), bytes(x + 1 for x in b"abc"))
print(tuple(b""), list(b"\xff\x00"))
