data = bytes(3)
print(len(data))
