# cmath exp, log, log10, sqrt, rect, polar: cases from CPython's
# Lib/test/cmath_testcases.txt (finite values, special values, and the flagged ones that
# raise), checked as test_cmath checks them.
import cmath
import math

CASES = """
exp0000 exp 0.0 0.0 -> 1.0 0.0
exp0012 exp -2.5629722598928648 0.019636235754708079 -> 0.077060452853917397 0.0015133717341137684
exp0030 exp 710.0 0.78500000000000003 -> 1.5803016909637158e+308 1.5790437551806911e+308
exp0073 exp 1.0 0.0 -> 2.7182818284590452354 0.0
exp1006 exp 0.0 nan -> nan nan
exp1019 exp inf 4.2 -> -inf -inf
exp1039 exp -inf -4.2 -> -0.0 0.0
exp0050 exp 710.0 0.0 -> inf 0.0 overflow
exp1002 exp 0.0 inf -> nan nan invalid
exp1032 exp 0.0 -inf -> nan nan invalid
log0000 log 1.0 0.0 -> 0.0 0.0
log0034 log -9.9999999999999998e+149 0.0 -> 345.38776394910684 3.1415926535897931
log0062 log 9.9999999999999998e+149 0.0 -> 345.38776394910684 0.0
log0104 log 0.0 5.9449276692327712e+307 -> 708.67616191258526 1.5707963267948966
log1002 log 0.0 inf -> inf 1.5707963267948966
log1013 log inf 2.3 -> inf 0.0
log1026 log -0.0 -inf -> inf -1.5707963267948966
log1000 log -0.0 0.0 -> -inf 3.1415926535897931 divide-by-zero
log1001 log 0.0 0.0 -> -inf 0.0 divide-by-zero
log1022 log -0.0 -0.0 -> -inf -3.1415926535897931 divide-by-zero
logt0000 log10 1.0 0.0 -> 0.0 0.0
logt0034 log10 -9.9999999999999998e+149 0.0 -> 150.0 1.3643763538418414
logt0062 log10 9.9999999999999998e+149 0.0 -> 150.0 0.0
logt0104 log10 0.0 5.9449276692327712e+307 -> 307.77414657501117 0.68218817692092071
logt1002 log10 0.0 inf -> inf 0.68218817692092071
logt1013 log10 inf 2.3 -> inf 0.0
logt1026 log10 -0.0 -inf -> inf -0.68218817692092071
logt1000 log10 -0.0 0.0 -> -inf 1.3643763538418414 divide-by-zero
logt1001 log10 0.0 0.0 -> -inf 0.0 divide-by-zero
logt1022 log10 -0.0 -0.0 -> -inf -1.3643763538418414 divide-by-zero
sqrt0000 sqrt 0.0 0.0 -> 0.0 0.0
sqrt0031 sqrt -23.0 -0.0 -> 0.0 -4.7958315233127191
sqrt0056 sqrt 2.0 0.0 -> 1.4142135623730951 0.0
sqrt0115 sqrt 11.845472380792259 0.0010051104581506761 -> 3.4417252072345397 0.00014601840612346451
sqrt1002 sqrt 0.0 inf -> inf inf
sqrt1013 sqrt -inf 0.0 -> 0.0 inf
sqrt1026 sqrt inf -inf -> inf -inf
rect1000 rect 0.0 0.0 -> 0.0 0.0
rect1017 rect 0.0 -0.0 -> 0.0 -0.0
rect1030 rect -0.0 0.0 -> -0.0 -0.0
rect1043 rect -0.0 -0.0 -> -0.0 0.0
rect1001 rect 0.0 inf -> 0.0 0.0 ignore-real-sign ignore-imag-sign
rect1016 rect 0.0 nan -> 0.0 0.0 ignore-real-sign ignore-imag-sign
rect1035 rect -inf 1.4 -> -inf -inf
rect1002 rect 2.3 inf -> nan nan invalid
rect1019 rect 2.3 -inf -> nan nan invalid
rect1032 rect -2.3 inf -> nan nan invalid
polar1000 polar 0.0 0.0 -> 0.0 0.0
polar1001 polar 0.0 -0.0 -> 0.0 -0.0
polar1002 polar -0.0 0.0 -> 0.0 3.1415926535897931
polar1003 polar -0.0 -0.0 -> 0.0 -3.1415926535897931
polar1004 polar inf 0.0 -> inf 0.0
polar1015 polar -inf -2.3 -> inf -3.1415926535897931
polar1026 polar nan -0.0 -> nan nan
polar0100 polar 1.4e308 1.4e308 -> inf 0.78539816339744828 overflow"""


def close(got, want, ignore_sign, log_fn):
    if math.isnan(want):
        return math.isnan(got)
    if got == want:
        return ignore_sign or want != 0 or math.copysign(1, got) == math.copysign(1, want)
    return abs(got - want) <= max(1e-15 if log_fn else 5e-323, 2e-15 * abs(want))


for line in CASES.strip().splitlines():
    lhs, rhs = line.split(" -> ")
    ident, fn, a, b = lhs.split()
    want = rhs.split()
    try:
        if fn == "rect":
            got = cmath.rect(float(a), float(b))
        elif fn == "polar":
            got = complex(*cmath.polar(complex(float(a), float(b))))
        else:
            got = getattr(cmath, fn)(complex(float(a), float(b)))
    except (ValueError, OverflowError) as e:
        raised = "invalid" in want or "divide-by-zero" in want if type(e) is ValueError else "overflow" in want
        print(ident, type(e).__name__, e, "ok" if raised else "MISMATCH")
        continue
    log_fn = fn in ("log", "log10")
    ok = close(got.real, float(want[0]), "ignore-real-sign" in want, log_fn)
    ok = ok and close(got.imag, float(want[1]), "ignore-imag-sign" in want, log_fn)
    ok = ok and not any(flag in want for flag in ("invalid", "divide-by-zero", "overflow"))
    print(ident, repr(got.real), repr(got.imag), "ok" if ok else "MISMATCH")
