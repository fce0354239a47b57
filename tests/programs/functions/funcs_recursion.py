# Tests plain and mutual recursion of module-level functions.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]

def ping(n):
    if n == 0:
        return "ping-done"
    return pong(n - 1)

def pong(n):
    if n == 0:
        return "pong-done"
    return ping(n - 1)

print(fact(20))
print(gcd(1071, 462), gcd(17, 5))
print(power_set([1, 2, 3]))
print(ping(5), ping(6))

def hanoi(n, a, b, c, moves):
    if n == 0:
        return moves
    hanoi(n - 1, a, c, b, moves)
    moves.append(f"{a}->{c}")
    hanoi(n - 1, b, a, c, moves)
    return moves

m = hanoi(3, "A", "B", "C", [])
print(len(m), m)
