# Complex numbers at work: roots of quadratics, roots of unity, a small FFT.
import cmath


def quadratic_roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


def fft(xs):
    n = len(xs)
    if n == 1:
        return xs
    even = fft(xs[0::2])
    odd = fft(xs[1::2])
    tw = [cmath.exp(-2j * cmath.pi * k / n) * odd[k] for k in range(n // 2)]
    return [even[k] + tw[k] for k in range(n // 2)] + [even[k] - tw[k] for k in range(n // 2)]


for coeffs in [(1, 0, 1), (1, -3, 2), (1, 2, 5), (2, 1, 1)]:
    r1, r2 = quadratic_roots(*coeffs)
    print(coeffs, r1, r2, abs(r1 * r2 - coeffs[2] / coeffs[0]) < 1e-12)
roots = [cmath.rect(1, 2 * cmath.pi * k / 6) for k in range(6)]
print([f"{z:.3f}" for z in roots])
print(abs(sum(roots)) < 1e-12, abs(roots[1] ** 6 - 1) < 1e-12)
signal = [complex(x) for x in [1, 2, 3, 4, 0, 0, 0, 0]]
spectrum = fft(signal)
print([f"{z:+.4f}" for z in spectrum])
back = [z.conjugate() / len(spectrum) for z in fft([w.conjugate() for w in spectrum])]
print([round(z.real, 12) for z in back], max(abs(z.imag) for z in back) < 1e-12)
z = 1 + 1j
orbit = []
c = -0.4 + 0.6j
for _ in range(8):
    z = z * z + c
    orbit.append(z)
print(orbit[-1], abs(orbit[3]), [round(abs(w), 6) for w in orbit[:4]])
