# bytearray slice assignment and deletion: growing, shrinking, extended slices, self-assignment
ba = bytearray(b"abcdefgh")
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = b"1234" + b"5"[:0]
print(ba)
ba[2:2] = [65, 66]
print(ba, len(ba))
del ba[::3]
print(ba)
del ba[-2:]
print(ba)
ba[:] = ba
print(ba)
ba[len(ba):] = bytearray(b"!")
print(ba)
ba[::-1] = bytes(reversed(ba))
print(ba)
del ba[:]
print(ba, len(ba), bool(ba))
for bad in (5, "ab", [1, 300], [1, "x"]):
    try:
        ba[0:1] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b2 = bytearray(b"abcd")
try:
    b2[::2] = b"xyz"
except ValueError as e:
    print(e)
try:
    b2[::0] = b""
except ValueError as e:
    print(e)
