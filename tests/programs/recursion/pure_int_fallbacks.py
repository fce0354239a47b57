# Functions compiled to an unboxed fast version must still behave exactly as Python:
# overflow to big ints, ZeroDivisionError, UnboundLocalError, RecursionError, shifts.
def f(n):
    if n < 2:
        return n
    return f(n - 1) + f(n - 2)
def big(n):
    r = 1
    for i in range(1, n + 1):
        r = r * i
    return r
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print(f(20), big(30), big(5), big(20), big(21))
print(deep(900))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError", e)
def div(a, b):
    return a // b + a % b
try:
    div(1, 0)
except ZeroDivisionError as e:
    print(e)
print(div(-7, 2), div(7, -2), div(-9223372036854775807 - 1, -1))
def unb(n):
    if n > 0:
        x = 1
    return x
try:
    unb(0)
except UnboundLocalError as e:
    print(e)
print(unb(5))
def shifts(a, b):
    return (a << b) + (a >> b)
print(shifts(3, 70), shifts(-5, 3), shifts(1, 62))
try:
    shifts(1, -1)
except ValueError as e:
    print(e)
def loop(n):
    t = 0
    i = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        if i > 50:
            break
        t += i
    else:
        t = -1
    return t
print(loop(10), loop(100), f(-1))
