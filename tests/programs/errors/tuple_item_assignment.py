# Uncaught TypeError: tuples do not support item assignment.
point = (3, 4)
x, y = point
print(x, y, point)
moved = (x + 1, y)
print(moved)
print(point[0], point[-1], point.index(4))
as_list = list(point)
as_list[0] = 10
print(as_list, tuple(as_list))
point[0] = 10
print("unreachable")
