# Uncaught ValueError from int() on a non-numeric string.
line = "12 7 30 x1 5"
tokens = line.split()
print("tokens:", tokens)
total = 0
for tok in tokens:
    value = int(tok)
    total += value
    print("token", tok, "running total", total)
print("total", total)
