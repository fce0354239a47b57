# Tuples as dictionary keys: sparse grid and memo table.
grid = {}
for r in range(3):
    for c in range(3):
        if (r + c) % 2 == 0:
            grid[(r, c)] = r * 10 + c
print(grid)
print((1, 1) in grid, (0, 1) in grid, grid.get((2, 2)), grid.get((2, 1), "empty"))
for (r, c), v in grid.items():
    print(r, c, v)
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    v = paths(r - 1, c) + paths(r, c - 1)
    memo[key] = v
    return v
print(paths(2, 2), paths(10, 10), paths(16, 16))
print(len(memo))
points = [(3, 4), (1, 1), (0, 5), (-2, 2)]
def dist2(p):
    return p[0] * p[0] + p[1] * p[1]
print(sorted(points), sorted(points, key=dist2))
