# Storing a value outside 0..255 in a bytearray: ValueError: byte must be in range(0, 256)
buf = bytearray(3)
for i in range(3):
    buf[i] = i * 100
print(buf)
buf[0] = 300
