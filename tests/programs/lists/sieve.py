# Sieve of Eratosthenes and prime statistics.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            j = i * i
            while j <= limit:
                is_prime[j] = False
                j += i
        i += 1
    primes = []
    for n in range(limit + 1):
        if is_prime[n]:
            primes.append(n)
    return primes

p = sieve(100)
print(p)
print(len(p), sum(p))
big = sieve(100000)
print(len(big), big[-1], big[1000])
twins = 0
for k in range(len(big) - 1):
    if big[k + 1] - big[k] == 2:
        twins += 1
print("twin pairs", twins)
gaps = []
for k in range(len(big) - 1):
    gaps.append(big[k + 1] - big[k])
print("max gap", max(gaps))
