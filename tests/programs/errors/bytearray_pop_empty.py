# Popping every byte, then one more: IndexError from an empty bytearray
buf = bytearray(b"xy")
while buf:
    print(buf.pop())
print(buf)
buf.pop()
