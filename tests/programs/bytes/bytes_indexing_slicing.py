# Tests that indexing bytes gives ints while slicing gives bytes
b = b"ABCDEF"
print(b[0], b[-1], b[2])
print(b[1:4], b[:2], b[4:], b[::2], b[::-1])
print(b[10:], b[3:3])
print(len(b), len(b""))
print(b[0] == 65, b[0:1] == b"A", b[0] == b"A")
print([x for x in b"hi!"])
print(list(b"\x00\xff"))
for i, byte in enumerate(b"xyz"):
    print(i, byte, bytes([byte]))
try:
    b[6]
except IndexError as e:
    print("IndexError:", e)
print(sum(b"\x01\x02\x03"), max(b"az"), min(b"az"))
