# Tests yield inside nested loops with continue, break and conditionals
def grid(rows, cols):
    for r in range(rows):
        if r == 1:
            continue
        for c in range(cols):
            if c > r + 1:
                break
            yield (r, c)

print(list(grid(4, 4)))

def primes(limit):
    found = []
    n = 2
    while n < limit:
        for p in found:
            if n % p == 0:
                break
        else:
            found.append(n)
            yield n
        n += 1

print(list(primes(40)))

def early_return(items):
    for x in items:
        if x < 0:
            return "negative found"
        yield x

print(list(early_return([3, 1, -2, 5])))
