# Nested lists and the aliasing pitfalls of repetition.
def length(s):
    return len(s)

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = []
for i in range(3):
    grid.append([0] * 3)
grid[0][0] = 1
print(grid)
for r in range(3):
    for c in range(3):
        grid[r][c] = r * 3 + c
print(grid)
print(grid[1], grid[1][2], grid[-1][-1])
transposed = []
for c in range(3):
    row = []
    for r in range(3):
        row.append(grid[r][c])
    transposed.append(row)
print(transposed)
flat = []
for row in grid:
    flat.extend(row)
print(flat, sum(flat))
jagged = [[1], [2, 3], [], [4, 5, 6]]
for row in jagged:
    print(len(row), row)
print(max(jagged, key=length))
