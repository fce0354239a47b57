# hex/bin/oct of small, big and negative ints.
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 64) + 1]:
    print(n, hex(n), bin(n), oct(n))
print(int(hex(2 ** 100), 16) == 2 ** 100)
print(int(bin(-37), 2))
print(hex(True))
value = 0xDEADBEEF
print(value, hex(value).upper())
print(int("11111111", 2), int("-0x1f", 16))
print("%x %X %o %#x %#o" % (255, 255, 255, -255, -8))
