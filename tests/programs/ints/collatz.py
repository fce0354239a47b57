# Collatz sequences: longest chain below a bound.
def collatz_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

print(collatz_length(1), collatz_length(6), collatz_length(27))
best = 0
best_n = 0
for n in range(1, 3000):
    length = collatz_length(n)
    if length > best:
        best = length
        best_n = n
print("longest below 3000:", best_n, best)
seq = []
n = 7
while n != 1:
    seq.append(n)
    n = n // 2 if n % 2 == 0 else 3 * n + 1
seq.append(1)
print(seq)
print(max(seq), len(seq))
print(collatz_length(2 ** 100 + 1))
