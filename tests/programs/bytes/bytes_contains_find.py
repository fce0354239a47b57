# `in`, find/rfind/index/rindex/count with ints, bytes and bytearray needles and ranges
b = b"abracadabra"
print(b"cad" in b, b"" in b, 97 in b, 122 in b, bytearray(b"bra") in b)
print(b"ab" in bytearray(b"xaby"), 120 in bytearray(b"x"))
print(b.find(b"bra"), b.rfind(b"bra"), b.find(97, 1), b.rfind(97, 0, -1))
print(b.index(b"c"), b.rindex(b"a"), b.count(b"a"), b.count(b"bra", 2), b.count(b""))
print(b.find(b"", 11), b.find(b"", 12), b.find(b"a", -3), b.count(b"a", None, 5))
for op in (lambda: "a" in b, lambda: 256 in b, lambda: b.find("a"), lambda: b.index(b"z"),
           lambda: b.rindex(300), lambda: b.count(1.5), lambda: b.find(b"a", "x")):
    try:
        print(op())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b.startswith(b"abr"), b.startswith((b"x", b"ab")), b.endswith(b"bra", 0, 4), b.startswith(b"cad", 4))
try:
    b.startswith("a")
except TypeError as e:
    print(e)
