# Unbound methods of str, bytes and bytearray (method descriptors): called with the
# receiver first, used as key functions, their reprs, and a wrong receiver.
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words, key=str.lower))
print(str.lower("A"), str.upper("b"), str.strip("  x  "), str.title("hello world"))
print(list(map(str.upper, ["a", "bc"])), list(filter(str.isdigit, ["1", "x", "22"])))
print(str.join(",", ["x", "y", "z"]), str.split("a b c"), str.replace("aaa", "a", "b", 2))
print(bytes.upper(b"abc"), bytearray.lower(bytearray(b"ABC")), bytes.hex(b"\x01\xff"))
print(repr(str.lower), repr(bytes.hex), repr(bytearray.append))
print(type(str.lower).__name__, type(str.__add__).__name__, type("a".lower).__name__)
print(str.lower.__name__, str.lower.__qualname__, str.lower.__objclass__ is str)
print(repr("a".lower).split(" at ")[0], repr(b"".hex).split(" at ")[0])
print(repr("a".__add__).split(" at ")[0], repr(str.__add__))
print(str.__dict__["lower"] is str.lower, "a".lower() == str.lower("a"))
up = "hello".upper
print(up(), up.__name__, up() == str.upper("hello"))

# Sorting and grouping with the descriptors.
pairs = [" b : 2 ", "A:1", " c:3"]
print(sorted((tuple(map(str.strip, p.split(":"))) for p in pairs), key=lambda t: str.lower(t[0])))
print(max(["ab", "ABC", "a"], key=str.__len__), sorted([b"b", b"A"], key=bytes.lower))

for call in (
    lambda: str.lower(1),
    lambda: str.lower(b"x"),
    lambda: bytes.upper("x"),
    lambda: bytes.upper(bytearray(b"x")),
    lambda: bytearray.upper(b"x"),
    lambda: str.lower(),
    lambda: str.__add__(1, "a"),
    lambda: str.__len__(b""),
    lambda: bytes.__len__(bytearray()),
    lambda: bytes.fromhex.__func__,
):
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
