# bytes() and bytearray() iterate an iterable once; literals concatenate; unpacking and f-strings
class It:
    def __iter__(self):
        print("iter called")
        return iter([1, 2])
print(bytes(It()), bytearray(It()))
ba = bytearray(b"xyz")
ba[0:1] = It()
ba.extend(It())
print(ba)
print(format(b"x", ""), f"{b'z'!r}", f"{bytearray(b'q')}")
a, b = b"xy"
print(a, b, *b"hi")
print(b"abc"[1:], b"abc"[:-1], b"abc"[::2], b"abc"[5:], bytearray(b"abc")[-2:])
x = b"ab" b"cd" rb"\n"
print(x, len(x))
print(sum(b"\x01\x02"), list(map(hex, b"\x0f")))
