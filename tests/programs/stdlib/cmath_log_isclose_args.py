# cmath.log with a base (errno from the last step), isclose, and argument handling:
# __complex__/__float__/__index__ of classes, CPython's TypeErrors.
import cmath


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 0.5


class I:
    def __index__(self):
        return 7


class Bad:
    def __complex__(self):
        return 1.5


def t(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


for args in [(8, 2), (100, 10), (1j, 1j), (-1, C()), (0, 2), (2, 0), (2, 1), (0, 1), (1e-320, 2), (10 ** 300, 10),
             (0,), (-1,), (1j,), (INF := float("inf"),), (complex(0, INF), 2)]:
    t(lambda: cmath.log(*args))
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.exp(I()), cmath.sqrt(True), cmath.log10(-100))
for f in [lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.sqrt(z=1), lambda: cmath.sqrt("a"),
          lambda: cmath.sqrt(None), lambda: cmath.sqrt(Bad()), lambda: cmath.sqrt(10 ** 400), lambda: cmath.log(),
          lambda: cmath.log(1, 2, 3), lambda: cmath.log(1, base=3), lambda: cmath.log(1, "a"),
          lambda: cmath.rect(1), lambda: cmath.rect(1j, 1), lambda: cmath.phase(1, 2), lambda: cmath.polar(),
          lambda: cmath.isnan(), lambda: cmath.exp(1000), lambda: cmath.cosh(complex(1, INF))]:
    t(f)
for a, b, kw in [(1j, 1j + 1e-10, {}), (1j, 1j + 1e-8, {}), (1j, 1.1j, {"rel_tol": 0.1}), (1j, 1.1j, {"abs_tol": 0.2}),
                 (complex(INF, 0), complex(INF, 0), {}), (complex(INF, 0), complex(-INF, 0), {}),
                 (complex(INF, 1), complex(INF, 2), {}), (cmath.nanj, cmath.nanj, {}), (0j, 1e-300j, {"abs_tol": 1e-300}),
                 (1 + 1j, 1 + 1j + 1e-9j, {"rel_tol": 1e-9}), (1, 2, {"rel_tol": -1}), (1, 2, {"foo": 1}),
                 (1, "a", {}), (1, 2, {"rel_tol": 1j})]:
    t(lambda: cmath.isclose(a, b, **kw))
t(lambda: cmath.isclose(1))
t(lambda: cmath.isclose(1, 2, 3))
t(lambda: cmath.isclose(a=1, b=1))
from cmath import sqrt, pi as PI
print(sqrt(-4) * PI, cmath.__name__, type(cmath.sqrt).__name__)
