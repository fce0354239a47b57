# Tests nested list comprehensions: matrix transpose, identity, multiplication.
m = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in m] for i in range(len(m[0]))]
print(t)
print([list(col) for col in zip(*m)])
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(ident)

def matmul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]

print(matmul(m, t))
print(matmul(t, m))
grid = [[f"{r}{c}" for c in "abc"] for r in range(2)]
print(grid)
print([[x * 2 for x in row] for row in [[1], [2, 3], []]])
