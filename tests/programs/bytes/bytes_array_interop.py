# array.array to and from bytes: tobytes, frombytes, construction from bytes, bytes(array)
import array
a = array.array("h", [1, 2, -3])
raw = a.tobytes()
print(raw, len(raw), type(raw).__name__)
b = array.array("h")
b.frombytes(raw)
print(b, b == a)
print(array.array("B", b"\x00\x7f\xff"), array.array("b", bytearray(b"\xff")))
print(bytes(array.array("B", [65, 66])), bytearray(array.array("b", [67])))
print(array.array("d", [1.5]).tobytes().hex())
try:
    b.frombytes(b"abc")
except ValueError as e:
    print(e)
try:
    b.frombytes("ab")
except TypeError as e:
    print(e)
