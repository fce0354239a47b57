# Parallel assignment for swaps, rotations and fibonacci.
a, b, c, d = "a", "b", "c", "d"
for _ in range(4):
    a, b, c, d = b, c, d, a
    print(a, b, c, d)
x, y = 0, 1
seq = []
for _ in range(15):
    seq.append(x)
    x, y = y, x + y
print(seq)
arr = [5, 3, 8, 1]
arr[0], arr[3] = arr[3], arr[0]
print(arr)
i, j = 0, len(arr) - 1
while i < j:
    arr[i], arr[j] = arr[j], arr[i]
    i, j = i + 1, j - 1
print(arr)
m, n = 1071, 462
while n:
    m, n = n, m % n
print("gcd", m)
