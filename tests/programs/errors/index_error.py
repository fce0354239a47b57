# Uncaught IndexError: off-by-one loop.
primes = [2, 3, 5, 7, 11]
print("primes:", primes, "count:", len(primes))
print("first", primes[0], "last", primes[-1])
i = 0
total = 0
while i <= len(primes):
    total += primes[i]
    print("added", primes[i], "total", total)
    i += 1
print("unreachable")
