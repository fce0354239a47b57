# abs, round, divmod and pow across types.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(2 ** 100)))
print(round(3.7), round(-3.7), round(3.14159, 2), round(1234, -1), round(0.5), round(1.5))
print(divmod(13, 4), divmod(-13, 4), divmod(13.5, 4), divmod(True, 1))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(5, 3, 7), pow(-2, 3), pow(0, 0))
print(pow(10, 25), pow(7, 2, 10 ** 9))
q, r = divmod(1000003, 17)
print(q, r, q * 17 + r)
print(type(abs(-2)).__name__, type(round(2.4)).__name__, type(pow(2, -1)).__name__)
for v in [2.5, -2.5, 0.125, 99.995]:
    print(v, abs(v), round(v), round(v, 1), divmod(v, 1))
