import math

inf, nan = math.inf, math.nan
print(inf, -inf, nan, math.isinf(inf), math.isnan(nan), math.isfinite(1e308))
print(math.isfinite(inf), math.isfinite(nan), math.isinf(nan), math.isnan(inf))
print(math.copysign(1.0, -0.0), math.copysign(3, -2), math.copysign(-2.0, 0.0))
print(math.copysign(1.0, nan) , math.copysign(inf, -1))
print(math.fabs(-0.0), math.fabs(-inf), math.sqrt(-0.0), math.sqrt(inf))
print(math.exp(-inf), math.exp(inf), math.log(inf), math.atan(nan))
print(math.sqrt(nan), math.sin(nan), math.log(nan), math.exp(nan))
print(math.hypot(inf, nan), math.hypot(nan, 3), math.fmod(3.0, inf), math.fmod(-0.0, 1.0))
print(math.pow(1.0, nan), math.pow(nan, 0), math.pow(inf, -1), math.pow(-inf, 3), math.pow(0.0, 0.0))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, 0.0), math.tanh(-0.0), math.sin(-0.0))
print(nan == nan, inf == inf, -0.0 == 0.0, math.copysign(1, -0.0) < 0)
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(-0.9), math.modf(-1.5))
print(math.erf(inf), math.erfc(-inf), math.expm1(-inf))
print(math.remainder(5.0, inf), math.remainder(-0.0, 1.0), math.ldexp(-0.0, 10), math.ldexp(inf, -5))
print(math.degrees(inf), math.radians(-inf), math.isclose(inf, inf), math.isclose(nan, nan))
print(max(1.0, nan), min(nan, 1.0), round(-0.4), repr(round(-0.4, 0)))
