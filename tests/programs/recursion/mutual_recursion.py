# Mutually recursive functions.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

for n in [0, 1, 2, 7, 10, 301]:
    print(n, is_even(n), is_odd(n))

def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))

def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))

fs = []
ms = []
for n in range(15):
    fs.append(hofstadter_f(n))
    ms.append(hofstadter_m(n))
print(fs)
print(ms)
