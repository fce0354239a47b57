# == and != are exact against ints (any size) and floats; ordering raises TypeError;
# the hash is CPython's (hash(x + 0j) == hash(x)), so complexes mix with ints and
# floats as dict keys and set items.
print(1 + 0j == 1, 1 + 0j == 1.0, 1 + 0j == True, 1 == 1 + 0j, 1.0 != 1 + 0j, 1j != 1j, 1j == "a", 1j != None)
print(1 + 1j == 1 << 10000, complex(2 ** 53) == 2 ** 53 + 1, complex(2 ** 53 + 1) == 2 ** 53, 1j == 1j + 0)
nan = float("nan")
print(complex(nan) == complex(nan), [1j] == [1j], (1, 2j) == (1, 2j), 1j in [1, 1j], 1j in (2j,))
eq = 0
for i in range(1, 100):
    f = i / 100.0
    eq += (f + 0j == f) + (f + 0j != f) * 10 + (complex(f, f) == f) * 100 + (complex(f, f) != f) * 1000
print(eq)
found = []
for i in range(1, 10):
    for delta in range(1, 101):
        n = 2 ** (52 + i) + delta
        if complex(n, 0.0) == n:
            found.append(delta)
        if complex(n, float(i)) == n:
            found.append(-delta)
print(len(found), found[:12], all(complex(2 ** 53 + d) == 2 ** 53 + d for d in range(-100, 0)))
for a, b in [(1j, 2j), (1j, 2), (2, 1j), (1.5, 1j), (1j, None)]:
    for op in ["<", "<=", ">", ">="]:
        try:
            print(eval("a " + op + " b"))
        except TypeError as e:
            print(e)
print(hash(1j), hash(1 + 0j), hash(1.5 + 0j) == hash(1.5), hash(complex(1, 1)), hash(complex(-1, 0)))
print(hash(complex(0, -1)), hash(complex(2 ** 61, 3)), hash(complex(1e300, -1e-300)), hash(complex(float("inf"), 1)))
print(all(hash(x) == hash(complex(x, 0)) and hash(x / 3.0) == hash(complex(x / 3.0, 0.0)) for x in range(-30, 30)))
d = {1: "a", 1 + 0j: "b", 2j: "c", 2.0: "d", complex(2): "e"}
print(d, d[1.0], d[2j], 2 + 0j in d)
print({1j, 1, 1 + 0j, 0j, 0, False, -1j, 3 + 4j}, len({complex(x, 0) for x in range(10)} | set(range(10))))
print(sorted([3 + 1j, 1 + 2j, 2], key=lambda z: z.real), max([3 + 1j, 1 + 2j], key=abs))
for f in [lambda: max(1j, 2j), lambda: sorted([1j, 2j])]:
    try:
        print(f())
    except TypeError as e:
        print(e)
