# ** on complexes: small integral exponents by multiplication (alike whatever their type),
# others in polar form; CPython's ZeroDivisionError and OverflowError.
INF = float("inf")
values = [complex(5.0, 12.0), complex(5.0e100, 12.0e100), complex(-4.0, INF), complex(INF, 0.0), 3.33 + 4.43j]
for value in values:
    row = []
    for exponent in [-19, -5, -2, -1, 0, 1, 2, 3, 19, 100, 101, -101]:
        results = []
        for e in [exponent, float(exponent), complex(exponent)]:
            try:
                results.append(str(value ** e))
            except OverflowError:
                results.append("overflow")
        row.append(results[0] if results[0] == results[1] == results[2] else "differ: " + repr(results))
    print(value, row)
cases = [(1 + 1j, 0j), (0j, 2 + 0j), (0j, 1j), (0j, -1), (0j, 0), (0j, 0.5), (0j, -0.5), (0j, 3 - 2j), (1j, -1),
         (1j, 200), (1 + 1j, 2 ** 63), (1 + 1j, INF), (1 + 1j, complex(0, INF)), (1 + 1j, float("nan")),
         (complex(INF, 0), 2.5), (1e200 + 1j, 1e200 + 1j), (1e200 + 1e200j, 2), (1e200 + 1e200j, 2.5),
         (0.5 + 0j, 1e10), (2 + 0j, -1e10), (2, 1j), (2, 0.5j), (1j, 1j), (-1, 0.5 + 0j), (3j, 0j)]
for a, b in cases:
    try:
        print(a, "**", b, "=", a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        print(a, "**", b, type(e).__name__, e)
for args in [(1j, 2, 3), (2, 2, 1j), (2, 1j, 3), (2.0, 2, 1j), (1j, 2.0, 3), (1j, "a", 3), (10 ** 400, 2, 1j),
             (1 + 1j, 1 + 1j, 1 + 1j)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(pow(1j, 2, None), pow(3.33 + 4.43j, 0), (3.33 + 4.43j) ** 105 == (3.33 + 4.43j) ** 105)
