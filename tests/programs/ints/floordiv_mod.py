# Floor division and modulo with negative operands (small and big ints).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (6, 3), (-6, 3), (1, -1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 25 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, 10 ** 12), (-big, 10 ** 12)]:
    q = a // b
    r = a % b
    print(q, r, q * b + r == a)
print(-(2 ** 70) // 2 ** 35)
print(-(2 ** 70) % 7)
print((2 ** 70) % -7)
print(5 % 10 ** 30, -5 % 10 ** 30)
print(-5 // 10 ** 30)
