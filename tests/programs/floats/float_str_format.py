# str() and repr() of floats in containers and via formatting.
vals = [0.1, 1.0, 1.5e300, 2.5e-8, 1e16, 1e15 + 0.3, -123.0, 4e-4]
print(vals)
for v in vals:
    print(str(v), repr(v), "%s" % v, "%r" % v, f"{v}", "{}".format(v))
print((0.1, 0.2), {"pi": 3.14159})
print(str(1e16)[-3:])
print(0.000001, 0.0000001)
print(1e100 / 3)
print(float(12), 12.0 / 1)
