# Tests set algebra with the |, &, -, ^ operators and their in-place forms
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print("union", a | b)
print("intersection", a & b)
print("difference", a - b, b - a)
print("symmetric", a ^ b)
print("originals unchanged", a, b)
c = {1, 2}
c |= {9}
print(c)
c &= {1, 9, 10}
print(c)
c -= {1}
print(c)
c ^= {9, 11}
print(c)
print({1, 2} | set(), set() & {1}, {1} - {1})
try:
    print({1} | [2])
except TypeError as e:
    print("TypeError:", e)
