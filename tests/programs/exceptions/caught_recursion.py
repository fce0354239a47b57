# A RecursionError can be caught, after which the program continues normally.
def runaway(n):
    return runaway(n + 1) + 1

try:
    runaway(0)
except RecursionError as e:
    print("caught:", type(e).__name__)
    print("message:", e)
    print("is RuntimeError:", isinstance(e, RuntimeError))

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print("recovered, depth(500) =", depth(500))
try:
    runaway(0)
except RuntimeError:
    print("caught again via base class")
print(depth(800))
