# Uncaught RecursionError from infinite recursion.
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)

print(countdown(10))
print(countdown(500))

def forever(n):
    return forever(n + 1)

print("recursing forever")
forever(0)
