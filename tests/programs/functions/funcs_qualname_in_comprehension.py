# Tests __qualname__ of lambdas created inside list/dict comprehensions (3.11: '<listcomp>'/'<dictcomp>' scopes).
def comp():
    return [lambda: k for k in range(1)][0]

def dcomp():
    return {k: (lambda: k) for k in range(1)}[0]

top_level = [lambda: 0 for _ in range(1)][0]

print(comp().__name__)
print(comp().__qualname__)
print(dcomp().__qualname__)
print(top_level.__qualname__)
