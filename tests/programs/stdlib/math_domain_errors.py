import math

cases = [
    ("sqrt", lambda: math.sqrt(-1)),
    ("log0", lambda: math.log(0)),
    ("log-neg", lambda: math.log(-2.5)),
    ("log2", lambda: math.log2(0.0)),
    ("log10", lambda: math.log10(-1)),
    ("log1p", lambda: math.log1p(-1)),
    ("asin", lambda: math.asin(1.5)),
    ("acos", lambda: math.acos(-2)),
    ("acosh", lambda: math.acosh(0.5)),
    ("atanh", lambda: math.atanh(1)),
    ("sin-inf", lambda: math.sin(math.inf)),
    ("cos-inf", lambda: math.cos(-math.inf)),
    ("tan-inf", lambda: math.tan(math.inf)),
    ("fmod", lambda: math.fmod(1.0, 0.0)),
    ("fmod-inf", lambda: math.fmod(math.inf, 2.0)),
    ("remainder", lambda: math.remainder(1.0, 0)),
    ("pow", lambda: math.pow(-8, 0.5)),
    ("pow0", lambda: math.pow(0.0, -1.0)),
    ("log-base1", lambda: math.log(10, 1)),
    ("log-huge-neg", lambda: math.log(-10**400)),
    ("sqrt-neg-inf", lambda: math.sqrt(-math.inf)),
]
for name, f in cases:
    try:
        print(name, "ok", f())
    except ValueError as e:
        print(name, type(e).__name__, e)
    except ZeroDivisionError as e:
        print(name, type(e).__name__, e)
