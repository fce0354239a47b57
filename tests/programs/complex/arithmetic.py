# + - * / with ints, floats and complexes (Smith's division), unary ops, abs, truth.
ZERO = [(1 + 1j, 0 + 0j), (1 + 1j, 0.0), (1 + 1j, 0), (1.0, 0 + 0j), (1, 0 + 0j)]
simple = [complex(x, y) for x in (-2.0, -0.5, 0.0, 1.0, 3.0) for y in (-3.0, 0.0, 0.5, 2.0)]
acc = 0j
for x in simple:
    for y in simple:
        acc += x + y - x * y
        if y:
            acc += x / y
print(acc)
print(1 + 2j + 3, 3 - 1j, 2.5 * (1 - 1j), True * 2j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 + 4j))
print(3.5 / (1 + 1j), 1 / 1j, 2 / (0.5j), 1j ** 2, 10 ** 20 + 1j)
print(complex(1e200, 1e200) / (1 + 0j), complex(1e-200, 1e-200) / (1 + 0j), (1e308 + 1e308j) * 10)
print(complex(1, 2) / complex(float("inf"), 1), complex(float("inf"), float("inf")) / complex(1, 1))
for d in [complex(0, float("nan")), complex(float("nan"), 0)]:
    print(0j / d)
for a, b in ZERO:
    for op in ["/", "//", "%"]:
        try:
            print(eval("a " + op + " b"))
        except (ZeroDivisionError, TypeError) as e:
            print(op, type(e).__name__, e)
for f in [lambda: divmod(1 + 1j, 1), lambda: 1j // 2, lambda: ~1j, lambda: 1j & 1, lambda: 1j << 1,
          lambda: 10 ** 400 + 1j, lambda: 1j * "ab", lambda: "a" + 1j, lambda: 1j + "a", lambda: [1] + 1j]:
    try:
        print(f())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
z = 1 + 2j
print(-z, +z, +z is z, -(0j), abs(-3 + 4j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
try:
    abs(complex(1.5e308, 1.5e308))
except OverflowError as e:
    print("OverflowError", e)
print(abs(complex(1e308, 1e308)), bool(0j), bool(complex(0.0, -0.0)), bool(1e-300j), not 0j)
print(sum([1j, 2, 3.5]), sum([1j] * 10, 5))
x = 1j
x += 1
x *= 2
x -= 0.5
x /= 3
x **= 2
print(x)
