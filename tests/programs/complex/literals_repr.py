# Imaginary literals, repr/str (CPython's complex_repr) and signed zeros.
import math

INF = float("inf")
NAN = float("nan")
print(2j, 1 + 2j, 1.5 - 0.25j, 1e100j, 1e-5 + 1e16j, -1e1000j)
print(repr(1 + 6j), str(1 - 6j), [3j, -(1 + 0j)], (0j,), {1: 2j})
for z in [complex(1.0, INF), complex(1.0, -INF), complex(INF, 1), complex(-INF, INF), complex(NAN, 1),
          complex(1, NAN), complex(NAN, NAN), complex(0, INF), complex(0, -INF), complex(0, NAN)]:
    print(repr(z), str(z))
for re in [0.0, -0.0]:
    for im in [1.0, -1.0, 0.0, -0.0]:
        print(repr(complex(re, im)), end=" ")
print()
# A negated literal has a negative zero real part (-0j is complex(-0.0, -0.0)).
for z in [-0j, -7j, -1e1000j, 0j]:
    print(repr(z), math.copysign(1, z.real), math.copysign(1, z.imag))
# complex(repr(z)) recovers z exactly, zeros and all.
vals = [0.0, 1e-315, 0.0123, 3.1415, 1e50, INF, NAN]
vals += [-v for v in vals]


def identical(a, b):
    return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))


same = 0
for x in vals:
    for y in vals:
        z = complex(x, y)
        r = complex(repr(z))
        same += identical(r.real, z.real) and identical(r.imag, z.imag)
print(same, "of", len(vals) ** 2, "round-trip")
print(repr(complex(1e16, 1e-20)), repr(complex(123456789.125, -0.000001)), repr(0.1 + 0.2j))
print(type(2j), type(2j).__name__, isinstance(1j, complex), isinstance(1, complex), 2j.__class__)
z = 3 + 4j
print(z.real, z.imag, type(z.real), z.conjugate(), (-0j).conjugate(), (2j).real)
