import math

values = [1.5, -2.25, 1e10, float("inf")]
for v in values:
    print(v, math.floor(v), math.ceil(v))
