# Default values and keyword arguments.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Ann", "Hi"))
print(greet("Ann", punct="?"))
print(greet(punct=".", name="Bo", greeting="Bye"))
print(greet("Cy", "Yo", "..."))

def box(width, height=None, fill="#"):
    if height is None:
        height = width
    rows = []
    for _ in range(height):
        rows.append(fill * width)
    return "\n".join(rows)

print(box(3))
print(box(4, 2, fill="."))
print(box(height=1, width=5))

def power(base, exp=2):
    return base ** exp

print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=100))
