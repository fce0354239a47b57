# format(z, spec), f-strings and str.format: CPython's format_complex_internal (each part
# formatted as a float, the imaginary one signed; no type: str()'s layout).
z = 1234.5678 - 9876.54321j
specs = ["", ">30", "<30", "^30", "*^30", "+", " ", "-", ".2", ".2f", "e", "E", "g", "G", "n", ",", "_", ",.2f",
         "_.3e", "#", "#g", "#.0f", "z", "z.1f", "+.1f", " .0f", "10.3", "F", ".0", "#.0", "→^32"]
for s in specs:
    print(repr(s), repr(format(z, s)))
for v in [0j, -0j, complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, -1j, complex(float("nan"), float("inf")),
          1e16 + 1j, 2j, complex(1e-5, 3), 1.5e7j, 1 + 2j, -1.5 + 0.5j]:
    print(repr(v), [format(v, s) for s in ["", "+", " ", "z", ".3", "g", "^12", "+.2f", "#", "#.0g", ",", "E"]])
print(format(1.5 + 3j, "<20g") + "|", format(1.5 + 3j, "^20") + "|", format(1.123 - 3.123j, "^20.2") + "|")
print(format(1.5e21 + 3000j, ",.2f"), format(1.5e20 + 3j, "^40,.2f"), format(-1.5e10 - 3.5e5j, ".2G"))
print(f"{1 + 2j!r:>12}|{3j:*<8}|{-1j}|{2.5 - 1j:.3e}", "{0:^9}|{0.real} {0.imag}".format(1j), "%s %r" % (1j, 2 + 1j))
for s in ["%", "d", "s", "0", "010f", "0<10", "=20", "x<=10", ",_", ".2%", "c", ".2147483648f"]:
    try:
        print(format(1.5 + 0.5j, s))
    except ValueError as e:
        print(repr(s), e)
for f in [lambda: "%f" % 1j, lambda: "%d" % 1j, lambda: format(1j, 5)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
