# Tests bytes concatenation, repetition, comparison and membership with 'in'
a = b"a" + b"b"
print(a)
print(b"ab" * 3, 2 * b"-", b"x" * 0)
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"b" > b"abc")
print(b"abc" == "abc")
print(b"b" in b"abc", b"bc" in b"abc", b"" in b"abc", b"z" in b"abc")
print(98 in b"abc", 0 in b"abc")
print(b"a" + bytearray(b"b"))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" in b"abc")
except TypeError as e:
    print("TypeError:", e)
parts = [b"x", b"y", b"z"]
print(b",".join(parts), b"".join(parts))
