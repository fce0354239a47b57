# ordering of bytes and bytearray: lexicographic by byte value, shorter first on a tie
items = [b"b", b"ab", b"", bytearray(b"abc"), b"\xff", b"a", bytearray(b"B")]
print(sorted(items))
print(b"a" < b"ab", b"ab" < b"b", bytearray(b"z") > b"y", b"x" <= bytearray(b"x"), b"\x00" >= b"")
print(max(b"abc", b"abd"), min([bytearray(b"q"), b"p"]))
for other in ("a", 1, None, [97]):
    try:
        print(b"a" < other)
    except TypeError as e:
        print(e)
print(b"a" == "a", b"a" != [97], bytearray() == b"", bytearray(b"a") != bytearray(b"b"))
