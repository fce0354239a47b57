# if / elif / else chains and nested conditions.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    elif n < 100:
        kind = "medium"
    else:
        kind = "large"
    if n % 2 == 0:
        if n % 4 == 0:
            parity = "div4"
        else:
            parity = "even"
    else:
        parity = "odd"
    return kind + "/" + parity

for n in [-5, 0, 3, 8, 42, 99, 100, 1000]:
    print(n, classify(n))
x = 15
if x % 3 == 0 and x % 5 == 0:
    print("fizzbuzz")
if x:
    pass
else:
    print("unreachable")
if not []:
    print("empty list is falsy")
