# Augmented assignment on names, list items and dict values.
n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 4
print(n)
n //= 5
print(n)
n %= 4
print(n)
n **= 10
print(n)
f = 1.5
f /= 2
print(f)
n = 0b1100
n &= 0b1010
print(n)
n |= 1
print(n)
n ^= 0b1111
print(n)
n <<= 3
print(n)
n >>= 2
print(n)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 3
print(lst)
d = {"a": 5, "b": 1}
d["a"] -= 2
d["b"] += 100
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
lst += [4]
print(lst)
m = [[1, 2], [3, 4]]
m[1][0] += 30
print(m)
