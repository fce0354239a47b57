# hex() with separators and fromhex() on both types
b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), b.hex(b"_", 3))
print(bytearray(b"\x01\x02\x03").hex("|"))
print(bytes.fromhex("de ad  be ef"), bytearray.fromhex("00ff"))
print(bytes.fromhex(""), type(bytearray.fromhex("61")).__name__)
print(b"x".fromhex("7a"), bytearray(b"").fromhex("7a7a"))
print(bytes.fromhex(b.hex()) == b)
for s in ("0g", "1 2", "abc", "zz", " 12 é"):
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print(e)
try:
    bytes.fromhex(12)
except TypeError as e:
    print(e)
for sep in ("", "ab", b"--"):
    try:
        b"ab".hex(sep)
    except ValueError as e:
        print(e)
