# Tests nested defs reading variables of the enclosing function (no nonlocal).
def outer(a, b):
    c = a + b
    def inner(x):
        return x * c + a
    return inner

f = outer(2, 3)
print(f(1))
print(f(10))
g = outer(-1, 1)
print(g(5))
print(f(0), g(0))

def greeter(greeting):
    punct = "!"
    def greet(name):
        return f"{greeting}, {name}{punct}"
    return greet

hi = greeter("Hi")
hello = greeter("Hello")
print(hi("Ann"))
print(hello("Bob"))
