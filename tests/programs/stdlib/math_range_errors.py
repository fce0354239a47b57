import math

cases = [
    ("exp", lambda: math.exp(1000)),
    ("exp2", lambda: math.exp2(2000)),
    ("expm1", lambda: math.expm1(800)),
    ("sinh", lambda: math.sinh(1000)),
    ("cosh", lambda: math.cosh(-1000)),
    ("pow", lambda: math.pow(10.0, 400)),
    ("ldexp", lambda: math.ldexp(1.0, 5000)),
    ("float-int", lambda: float(10**400)),
    ("sqrt-bigint", lambda: math.sqrt(10**400)),
    ("exp-underflow", lambda: math.exp(-1000)),
    ("pow-underflow", lambda: math.pow(10.0, -400)),
    ("ldexp-small", lambda: math.ldexp(1.0, -5000)),
    ("fpow", lambda: 10.0 ** 400),
]
for name, f in cases:
    try:
        print(name, "ok", f())
    except OverflowError as e:
        print(name, type(e).__name__, e)
