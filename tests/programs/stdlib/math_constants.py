import math
from math import pi, e, tau, inf, nan

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(pi == math.pi, tau == 2 * pi, e == math.exp(1))
print(repr(pi), str(e), f"{tau:.5f}", f"{inf}", f"{-inf:>8}")
print(type(pi).__name__, type(inf).__name__, nan != nan)
print(round(pi, 3), round(e, 10), int(pi * 1000))
print(math.inf > 10**400, -math.inf < -(10**400), math.inf == float("inf"))
print(math.sin(pi), math.cos(tau), math.log(e), math.exp(1) == e)
print(hash(inf), hash(-inf), hash(0.5), hash(1.0) == hash(1))
