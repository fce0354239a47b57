# Tests bytes() constructors: from int count, list of ints, str with encoding, and range
print(bytes(3))
print(bytes(0))
print(bytes())
print(bytes([65, 66]))
print(bytes(range(97, 102)))
print(bytes((104, 105)))
print(bytes("héllo", "utf-8"))
print(bytes(b"copy"))
print(bytes(bytearray(b"from bytearray")))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes([-1])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("no encoding")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
