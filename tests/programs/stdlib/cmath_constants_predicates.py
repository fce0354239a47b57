# cmath's constants, isfinite/isinf/isnan, phase, polar and rect (test_cmath).
import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real, math.isnan(cmath.nanj.imag), cmath.tau == 2 * cmath.pi)
INF, NAN = float("inf"), float("nan")
complex_nans = [complex(x, y) for x, y in [(NAN, -INF), (NAN, -2.3), (NAN, -0.0), (NAN, 0.0), (NAN, 2.3),
                                           (NAN, INF), (-INF, NAN), (-2.3, NAN), (-0.0, NAN), (0.0, NAN),
                                           (2.3, NAN), (INF, NAN)]]
for z in [1, 1j, 10.0, -2.5j, complex(INF, 0), complex(0, -INF), complex(NAN, 1), complex(1, NAN), 10 ** 300]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(all(cmath.isnan(z) for z in complex_nans), any(cmath.isfinite(z) for z in complex_nans))
for z in [0, 1, -1, 1j, -1j, complex(-1.0, 0.0), complex(-1.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
          complex(-INF, 2.3), complex(INF, -INF), complex(NAN, 1.0), 3 + 4j, -1e-300 + 1e-300j]:
    print(repr(z), cmath.phase(z), cmath.polar(z))
for z in [complex(1e308, 1e308), complex(1.4e308, 1.4e308)]:
    try:
        print(cmath.polar(z))
    except OverflowError as e:
        print("OverflowError", e)
for r, phi in [(1, 0), (1, -0.0), (2, cmath.pi / 4), (1, cmath.pi), (-1, 0.0), (INF, 1.4), (-INF, 0.0),
               (0.0, INF), (NAN, 0.0), (3, 10 ** 10), (2, INF)]:
    try:
        print(r, phi, cmath.rect(r, phi))
    except ValueError as e:
        print(r, phi, "ValueError", e)
for x in [0, 1, 0.5, -0.5, 2, 1e-5]:
    print(cmath.sqrt(x) == math.sqrt(x) if x >= 0 else cmath.sqrt(x), cmath.exp(x).real == math.exp(x),
          abs(cmath.sin(x) - math.sin(x)) < 1e-15, cmath.atan(x).real == math.atan(x))
