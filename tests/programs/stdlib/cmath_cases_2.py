# cmath cos, cosh, sin, sinh, tan, tanh: cases from CPython's
# Lib/test/cmath_testcases.txt (finite values, special values, and the flagged ones that
# raise), checked as test_cmath checks them.
import cmath
import math

CASES = """
cos0000 cos 0.0 0.0 -> 1.0 -0.0
cos0010 cos -0.42578172040176843 1.2715881615413049 -> 1.7517161459489148 0.67863902697363332
cos0020 cos 2.6385212606111241 2.9886107100937296 -> -8.7209475927161417 -4.7748352107199796
cos0056 cos -1e-18 0.0 -> 1.0 0.0
cos1002 cos nan 0.0 -> nan 0.0 ignore-imag-sign
cos1016 cos nan nan -> nan nan
cos1035 cos 0.0 -inf -> inf 0.0
cos1001 cos -inf 0.0 -> nan 0.0 invalid ignore-imag-sign
cos1019 cos inf 2.2999999999999998 -> nan nan invalid
cos1041 cos inf -inf -> inf nan invalid ignore-real-sign
cosh0000 cosh 0.0 0.0 -> 1.0 0.0
cosh0011 cosh -5.8470200958739653 4.0021722388336292 -> -112.86220667618285 131.24734033545013
cosh0022 cosh 0.0014777403107920331 1.3682028122677661 -> 0.2012106963899549 0.001447518137863219
cosh0057 cosh -0.0003 0.0 -> 1.0000000450000003375 -0.0
cosh1002 cosh 0.0 nan -> nan 0.0 ignore-imag-sign
cosh1016 cosh nan nan -> nan nan
cosh1035 cosh -inf -0.0 -> inf 0.0
cosh1001 cosh 0.0 inf -> nan 0.0 invalid ignore-imag-sign
cosh1019 cosh 2.3 -inf -> nan nan invalid
cosh1041 cosh -inf -inf -> inf nan invalid ignore-real-sign
sin0000 sin 0.0 0.0 -> 0.0 0.0
sin0010 sin -0.8200017874897666 0.61724876887771929 -> -0.8749078195948865 0.44835295550987758
sin0020 sin 0.024861722816513169 0.33044620756118515 -> 0.026228801369651 0.3363889671570689
sin0056 sin -0.001 0.0 -> -0.00099999983333334168748 0.0
sin1002 sin nan 0.0 -> nan 0.0 ignore-imag-sign
sin1016 sin nan nan -> nan nan
sin1035 sin 0.0 -inf -> 0.0 -inf
sin1001 sin -inf 0.0 -> nan 0.0 invalid ignore-imag-sign
sin1019 sin inf 2.2999999999999998 -> nan nan invalid
sin1041 sin inf -inf -> nan inf invalid ignore-imag-sign
sinh0000 sinh 0.0 0.0 -> 0.0 0.0
sinh0011 sinh -16.647852603903715 0.0026852219129082098 -> -8492566.5739382561 22804.480671133562
sinh0022 sinh 4.7252283918217696e-30 9.1198155642656697 -> -4.5071980561644404e-30 0.30025730701661713
sinh0057 sinh -3.7e-08 0.0 -> -3.7000000000000008885e-8 0.0
sinh1002 sinh 0.0 nan -> 0.0 nan ignore-real-sign
sinh1016 sinh nan nan -> nan nan
sinh1035 sinh -inf -0.0 -> -inf -0.0
sinh1001 sinh 0.0 inf -> 0.0 nan invalid ignore-real-sign
sinh1019 sinh 2.3 -inf -> nan nan invalid
sinh1041 sinh -inf -inf -> inf nan invalid ignore-real-sign
tan0000 tan 0.0 0.0 -> 0.0 0.0
tan0011 tan -1.0820906367833114 0.28571868992480248 -> -1.3622485737936536 0.99089269377971245
tan0022 tan 1.1615313900880577 1.7956298728647107 -> 0.041793186826390362 1.0375339546034792
tan0059 tan -0.4636476090008061 0.0 -> -0.49999999999999997163 0.0
tan1003 tan nan 0.0 -> nan nan
tan1016 tan nan nan -> nan nan
tan1035 tan 0.0 -inf -> 0.0 -1.0
tan1001 tan -inf 0.0 -> nan nan invalid
tan1018 tan inf 0.0 -> nan nan invalid
tan1031 tan inf -0.0 -> nan nan invalid
tanh0004 tanh -21.200500450664993 -1.6970729480342996 -> -1.0 1.9241352344849399e-19
tanh0015 tanh 1.9591698133845488 -0.0029654444904578339 -> 0.9610270776968135 -0.00022664240049212933
tanh0032 tanh 1000 -2.3199999999999998 -> 1.0 0.0
tanh0059 tanh -1.0 0.0 -> -0.76159415595576488812 0.0
tanh1003 tanh 0.0 nan -> nan nan
tanh1016 tanh nan nan -> nan nan
tanh1035 tanh -inf -0.0 -> -1.0 -0.0
tanh1001 tanh 0.0 inf -> nan nan invalid
tanh1018 tanh 0.0 -inf -> nan nan invalid
tanh1031 tanh -0.0 -inf -> nan nan invalid"""


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
