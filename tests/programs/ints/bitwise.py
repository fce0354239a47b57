# Bitwise operators on positive and negative ints.
print(12 & 10, 12 | 10, 12 ^ 10)
print(~5, ~-5, ~0)
print(-5 & 0xFF)
print(-1 & 0xFFFF)
print(-12 | 3)
print(-12 ^ 3)
print(-8 & -5)
print(1 << 10, 1 << 63, 1 << 64)
print(-1 << 70)
print(1024 >> 3, -1024 >> 3)
print(-1 >> 10, -7 >> 1)
print(5 >> 100, -5 >> 100)
print((1 << 100) >> 98)
print(0xF0F0 & ~0xFF)
x = 0
for bit in [0, 3, 5, 63, 64]:
    x |= 1 << bit
print(x, bin(x))
print(x & (x - 1))
count = 0
y = 2 ** 200 - 1
while y:
    y &= y - 1
    count += 1
print(count)
