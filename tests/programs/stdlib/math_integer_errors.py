import math

cases = [
    ("factorial-neg", lambda: math.factorial(-1)),
    ("factorial-float", lambda: math.factorial(5.0)),
    ("factorial-str", lambda: math.factorial("5")),
    ("isqrt-neg", lambda: math.isqrt(-4)),
    ("isqrt-float", lambda: math.isqrt(4.0)),
    ("comb-neg-n", lambda: math.comb(-5, 2)),
    ("comb-neg-k", lambda: math.comb(5, -2)),
    ("comb-float", lambda: math.comb(5.0, 2)),
    ("perm-neg-n", lambda: math.perm(-5, 2)),
    ("perm-neg-k", lambda: math.perm(5, -1)),
    ("perm-str", lambda: math.perm(5, "2")),
    ("gcd-float", lambda: math.gcd(4, 2.0)),
    ("lcm-str", lambda: math.lcm("a", 2)),
    ("factorial-bool", lambda: math.factorial(True)),
    ("isqrt-bool", lambda: math.isqrt(False)),
]
for name, f in cases:
    try:
        print(name, "ok", f())
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
