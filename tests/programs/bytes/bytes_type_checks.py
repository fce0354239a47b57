# isinstance, type(), match class patterns and equality across bytes and bytearray
def kind(x):
    match x:
        case bytes(b"") | bytearray(b""):
            return "empty"
        case bytes(data) if len(data) > 3:
            return f"long bytes {data[:3]!r}"
        case bytes():
            return "bytes"
        case bytearray(data):
            return f"bytearray of {len(data)}"
        case [*_]:
            return "sequence"
        case _:
            return "other"

for x in (b"", bytearray(), b"ab", b"abcdef", bytearray(b"xyz"), [1, 2], "str"):
    print(kind(x))
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), isinstance(bytearray(), (str, bytearray)))
print(type(b"x") is bytes, type(bytearray(b"x")) is bytearray, type(b"x").__name__, bytes, bytearray)
print(b"ab" == bytearray(b"ab"), bytearray(b"ab") == b"ab", b"ab" == "ab", b"1" != 1)
print(repr(b"x"), str(b"x"), str(bytearray(b"y")), f"{b'z'}", "%s" % (b"w",))
