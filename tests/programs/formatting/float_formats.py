# Fixed, exponent and general formatting of tricky floats.
values = [0.0, -0.0, 1.0, 0.1, 0.5, 2.5, 1e-10, 123456789.123, 1e22, 5e-324, float("inf"), float("nan")]
for v in values:
    print("%r | %.3f | %.3e | %g | %.10g" % (v, v, v, v, v))
for v in values:
    print("{:f} | {:.2g} | {:10.4} | {:n}".format(v, v, v, v))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%.2f %.2f" % (2.675, 1.005))
print("%.20f" % 0.1)
print("%.15g %.16g %.17g" % (0.1, 0.1, 0.1))
print("{:.1f}".format(0.05), "{:.1f}".format(0.15), "{:.1f}".format(0.25))
print("%5.1f%%" % 99.44)
