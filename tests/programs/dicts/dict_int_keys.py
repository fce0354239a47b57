# Dicts keyed by ints (including big and negative) and equal numbers.
sq = {}
for i in range(-3, 4):
    sq[i] = i * i
print(sq)
big = {2 ** 100: "big", -(2 ** 70): "neg big", 0: "zero"}
print(big[2 ** 100], big[-(2 ** 70)], big[0])
print(2 ** 100 in big, 2 ** 99 in big)
eq = {}
eq[1] = "int"
eq[1.0] = "float"
eq[True] = "bool"
print(eq)
eq[2.0] = "two float"
print(eq[2], 2 in eq)
fib = {0: 0, 1: 1}
for n in range(2, 60):
    fib[n] = fib[n - 1] + fib[n - 2]
print(fib[59], len(fib))
print({-1: "a", 10 ** 20: "b"})
