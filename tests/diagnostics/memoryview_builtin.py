data = memoryview(bytearray(3))
print(len(data))
