import math

print(math.ldexp(0.0, 10**30), math.ldexp(-0.0, -10**30))
print(math.ldexp(math.inf, 10**30), math.ldexp(-math.inf, -10**30))
print(math.ldexp(1.0, -10**30), math.ldexp(-3.5, -(2**70)))
print(math.ldexp(1.0, -2000), math.ldexp(1.0, -1074), math.ldexp(1.0, 1023))
for e in [1024, 2**63, 10**30]:
    try:
        print(math.ldexp(1.0, e))
    except OverflowError as err:
        print(e, "OverflowError", err)
