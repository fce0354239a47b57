# Numerical methods: Newton square roots and a trapezoid integral.
def sqrt(x):
    guess = x / 2.0 if x > 1 else 1.0
    for _ in range(60):
        guess = (guess + x / guess) / 2.0
    return guess

for v in [2, 9, 10, 0.25, 1e10, 12345.678]:
    print(v, sqrt(v))

def f(x):
    return x * x

def trapezoid(lo, hi, n):
    h = (hi - lo) / n
    total = (f(lo) + f(hi)) / 2
    i = 1
    while i < n:
        total += f(lo + i * h)
        i += 1
    return total * h

print(trapezoid(0.0, 1.0, 10))
print(trapezoid(0.0, 1.0, 1000))
print(trapezoid(0.0, 3.0, 300))
pi = 0.0
k = 0
while k < 1000:
    pi += (-1) ** k * 4.0 / (2 * k + 1)
    k += 1
print(pi)
