# Matrix multiplication and identity checks with nested lists.
def zeros(n, m):
    rows = []
    for i in range(n):
        rows.append([0] * m)
    return rows

def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            out[i][j] = s
    return out

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(b, a))
print(matmul(a, identity(3)) == a)
f = [[1, 1], [1, 0]]
p = identity(2)
for _ in range(90):
    p = matmul(p, f)
print(p)
fl = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(fl, fl))
