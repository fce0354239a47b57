# Indexing past the end of bytes raises IndexError: index out of range
data = b"abc"
print(data[0], data[-1], data[-3])
print(data[2])
print(data[3])
