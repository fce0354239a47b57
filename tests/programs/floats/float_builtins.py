# abs, min, max, sum, pow and divmod with floats.
print(abs(-2.5), abs(3.0), abs(-1e-300))
print(min(2.5, 1.5, 3.5), max(-1.0, -2.0))
print(sum([0.5, 0.25, 0.125]), sum([1.5, 2], 0.5))
print(pow(2.0, 0.5), pow(4, -0.5), pow(2, -3))
print(pow(-8.0, 3), pow(1.5, 2))
print(divmod(9.0, 4.0), divmod(-9.0, 4.0), divmod(9.0, -4.0))
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0))
print(isinstance(1.0, float), isinstance(1, float))
print(type(1.5).__name__)
mean = sum([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]) / 8
var = 0.0
for v in [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]:
    var += (v - mean) ** 2
var /= 8
print(mean, var, var ** 0.5)
