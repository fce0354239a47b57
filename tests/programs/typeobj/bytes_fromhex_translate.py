# bytes.fromhex/bytearray.fromhex (class methods), bytes.maketrans (a static method)
# and translate, after CPython's test_bytes (test_fromhex, test_maketrans, test_translate).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(type(bytes.__dict__["fromhex"]).__name__, type(bytes.__dict__["maketrans"]).__name__)
print(repr(bytes.fromhex).split(" at ")[0], repr(bytearray.fromhex).split(" at ")[0])
print(bytes.fromhex(""), bytes.fromhex("1a2B30"), bytearray.fromhex("  1A 2B  30   "))
print(bytes.fromhex(" 1A\n2B\t30\v"), [bytes.fromhex(c) for c in "\x09\x0a\x0b\x0c\x0d\x20"])
print(b"".fromhex("41"), bytearray(b"x").fromhex("42"), type(bytearray().fromhex("")).__name__)
print(bytes.__dict__["fromhex"].__get__(None, bytes)("43"), bytes.__dict__["fromhex"](bytes, "44"))
for arg in ("a", "rt", "1a b cd", "\x00", "12 x4 56", "12 3x 56", "12 3\xff 56", "\x1c", "\u2028", b"1B", 1):
    show(lambda: bytes.fromhex(arg))
show(lambda: bytes.fromhex())
show(lambda: bytearray.fromhex("41", 1))
show(lambda: bytes.fromhex(s="41"))

table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[95:125], type(bytearray.maketrans(b"", b"")).__name__)
print(bytes.maketrans(b"\375\376\377", b"xyz")[-4:], bytearray.maketrans(bytearray(b"a"), b"b")[97:99])
show(lambda: bytes.maketrans(b"abc", b"xyzq"))
show(lambda: bytes.maketrans("abc", "def"))
show(lambda: bytes.maketrans(b"abc"))
show(lambda: bytes.maketrans(b"a", 1))

b = b"hello"
rosetta = bytearray(range(256))
rosetta[ord("o")] = ord("e")
print(b.translate(rosetta, b"hello"), b.translate(rosetta), b.translate(rosetta, b"l"), b.translate(None, b"e"))
print(b.translate(rosetta, delete=b"l"), b.translate(None, delete=b"e"), bytearray(b).translate(rosetta))
show(lambda: b.translate())
show(lambda: b.translate(None, None))
show(lambda: b.translate(bytes(range(255))))
show(lambda: b.translate("x" * 256))
show(lambda: b.translate(None, b"a", delete=b"b"))
show(lambda: b.translate(None, zz=b"b"))
show(lambda: b.translate(table=None))
