# Tests __hash__ together with __eq__ so equal objects work as the same dict key.
class Coord:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Coord) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 1000 + self.y

    def __repr__(self):
        return f"Coord({self.x}, {self.y})"


grid = {}
grid[Coord(1, 2)] = "a"
grid[Coord(3, 4)] = "b"
grid[Coord(1, 2)] = "c"
print(len(grid), grid)
print(grid[Coord(3, 4)], Coord(1, 2) in grid, Coord(9, 9) in grid)
print(hash(Coord(1, 2)), hash(Coord(0, 7)))
print(grid.get(Coord(5, 5), "missing"))
del grid[Coord(1, 2)]
print(grid)
counts = {}
for c in [Coord(0, 0), Coord(1, 1), Coord(0, 0), Coord(0, 0)]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
