import math

cases = [
    ("sqrt-str", lambda: math.sqrt("4")),
    ("sqrt-none", lambda: math.sqrt(None)),
    ("sqrt-list", lambda: math.sqrt([4])),
    ("sqrt-noargs", lambda: math.sqrt()),
    ("sqrt-two", lambda: math.sqrt(1, 2)),
    ("floor-str", lambda: math.floor("1.5")),
    ("ceil-none", lambda: math.ceil(None)),
    ("log-str", lambda: math.log("e")),
    ("log-three", lambda: math.log(1, 2, 3)),
    ("atan2-one", lambda: math.atan2(1)),
    ("copysign-str", lambda: math.copysign(1, "x")),
    ("isnan-str", lambda: math.isnan("nan")),
    ("fabs-kw", lambda: math.fabs(x=1)),
    ("pow-one", lambda: math.pow(2)),
    ("exp-complexish", lambda: math.exp([])),
]
for name, f in cases:
    try:
        print(name, "ok", f())
    except TypeError as e:
        print(name, type(e).__name__, e)
print(math.sqrt(True), math.floor(False), math.exp(0), math.isnan(3))
