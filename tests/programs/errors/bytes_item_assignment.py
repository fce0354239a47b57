# Tests the uncaught TypeError from assigning to an item of a bytes object
data = b"hello"
mutable = bytearray(data)
mutable[0] = 106
print(mutable, data)
print("bytes index gives int:", data[0])
print("bytearray back to bytes:", bytes(mutable))
data = bytes(mutable)
print("rebinding the name is fine:", data)
data[0] = 104
print("unreachable")
