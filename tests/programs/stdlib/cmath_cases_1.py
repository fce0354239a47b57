# cmath acos, acosh, asin, asinh, atan, atanh: cases from CPython's
# Lib/test/cmath_testcases.txt (finite values, special values, and the flagged ones that
# raise), checked as test_cmath checks them.
import cmath
import math

CASES = """
acos0000 acos 0.0 0.0 -> 1.5707963267948966 -0.0
acos0042 acos -10000000000000000.0 0.0 -> 3.1415926535897931 -37.534508668464674
acos0072 acos 9.9999999999999998e+149 0.0 -> 0.0 -346.08091112966679
acos0206 acos 0.0 -9.6229037669269321e+307 -> 1.5707963267948966 709.85091679573691
acos1004 acos 0.0 nan -> 1.5707963267948966 nan
acos1015 acos inf 0.0 -> 0.0 -inf
acos1026 acos 0.0 -inf -> 1.5707963267948966 inf
acosh0000 acosh 0.0 0.0 -> 0.0 1.5707963267948966
acosh0042 acosh -10000000000000000.0 0.0 -> 37.534508668464674 3.1415926535897931
acosh0072 acosh 9.9999999999999998e+149 0.0 -> 346.08091112966679 0.0
acosh0206 acosh 0.0 -1.5621899909968308e+308 -> 710.33544449990734 -1.5707963267948966
acosh1002 acosh 0.0 inf -> inf 1.5707963267948966
acosh1013 acosh inf 2.3 -> inf 0.0
acosh1026 acosh -0.0 -inf -> inf -1.5707963267948966
asin0000 asin 0.0 0.0 -> 0.0 0.0
asin0039 asin -2.0 -0.0 -> -1.5707963267948966 -1.3169578969248168
asin0066 asin 2.0 0.0 -> 1.5707963267948966 1.3169578969248168
asin0117 asin 3907.0687961127105 19.144021886390181 -> 1.5658965233083235 8.9637018715924217
asin1004 asin -inf 0.0 -> -1.5707963267948966 inf
asin1015 asin nan nan -> nan nan
asin1026 asin nan -0.0 -> nan nan
asinh0000 asinh 0.0 0.0 -> 0.0 0.0
asinh0042 asinh 0.0 -10000000000000000.0 -> 37.534508668464674 -1.5707963267948966
asinh0072 asinh 0.0 9.9999999999999998e+149 -> 346.08091112966679 1.5707963267948966
asinh0206 asinh 0.0 -5.5698396067303782e+307 -> 709.30413698733742 -1.5707963267948966
asinh1004 asinh 0.0 inf -> inf 1.5707963267948966
asinh1015 asinh nan nan -> nan nan
asinh1026 asinh -0.0 nan -> nan nan
atan0010 atan 0.0 -9.8813129168249309e-324 -> 0.0 -9.8813129168249309e-324
atan0038 atan 0.0 9.8813129168249309e-324 -> 0.0 9.8813129168249309e-324
atan0100 atan -0.32538873661060214 -1.5530461550412578 -> -1.3682728427554227 -0.69451401598762041
atan0208 atan 1.2956339389525244e+308 0.0 -> 1.5707963267948966 0.0
atan1001 atan nan 0.0 -> nan 0.0
atan1013 atan nan nan -> nan nan
atan1028 atan inf -2.2999999999999998 -> 1.5707963267948966 -0.0
atan1002 atan -0.0 1.0 -> -0.0 inf divide-by-zero
atan1015 atan 0.0 1.0 -> 0.0 inf divide-by-zero
atan1026 atan 0.0 -1.0 -> 0.0 -inf divide-by-zero
atanh0010 atanh -9.8813129168249309e-324 0.0 -> -9.8813129168249309e-324 0.0
atanh0039 atanh 9.8813129168249309e-324 -0.0 -> 9.8813129168249309e-324 -0.0
atanh0102 atanh -1.3467293985501207 -0.47868354895395876 -> -0.69961624370709985 -1.1994450156570076
atanh0211 atanh -1.0616427760154426e+308 -0.0 -> -9.4193642399489563e-309 -1.5707963267948966
atanh1001 atanh 0.0 nan -> 0.0 nan
atanh1013 atanh nan nan -> nan nan
atanh1028 atanh -2.3 -inf -> -0.0 -1.5707963267948966
atanh1002 atanh 1.0 0.0 -> inf 0.0 divide-by-zero
atanh1015 atanh 1.0 -0.0 -> inf -0.0 divide-by-zero
atanh1026 atanh -1.0 -0.0 -> -inf -0.0 divide-by-zero"""


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
