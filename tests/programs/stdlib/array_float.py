# Float arrays: 'f' stores C floats (rounded to single precision, repr'd as the double
# they are), 'd' stores doubles; ints convert; nan, inf and -0.0 survive.
from array import array

f = array("f", [0.1, 1.0, 1 / 3, 1e38, 1e39, -1e300, 16777217])
print(f)
print(f.tolist(), f[0] == 0.1, f[1] == 1.0)
d = array("d", [0.1, 1 / 3, 1e100, -0.0, float("inf"), float("nan"), 3])
print(d)
print(d[3], d[-1], d[-2] != d[-2])
print(array("d", [1, True, 2**53 + 1]))
nan = array("d", [float("nan")])
print(nan == nan, nan != nan, float("nan") in nan, nan.count(float("nan")))
print(array("f", [0.5]) == array("d", [0.5]), array("f", [0.1]) == array("d", [0.1]))
print(array("d", [1.0, 2.0]) == array("i", [1, 2]), array("d", [1.5]) < array("b", [2]))
g = array("d")
for i in range(6):
    g.append(i / 8)
g[0] = 7
g[-1] = -2.5
print(g, sum(g))
print(array("f", [2.5]) * 3, array("d", [1.25]) + array("d", [2.0]))
