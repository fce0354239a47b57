# Functions with many parameters and mixed calling conventions.
def record(name, age, city="Unknown", country="Nowhere", active=True, score=0.0):
    return f"{name}|{age}|{city}|{country}|{active}|{score}"

print(record("a", 1))
print(record("b", 2, "Paris"))
print(record("c", 3, country="Chile"))
print(record("d", 4, "Oslo", "Norway", False, 9.5))
print(record(score=1.5, active=False, age=5, name="e"))
print(record("f", age=6, city="Rome", score=2))

def area(width, height=None):
    if height is None:
        return width * width
    return width * height

print(area(3), area(3, 4), area(width=2, height=8), area(height=2, width=8))

def clamp(value, low=0, high=100):
    return max(low, min(high, value))

for v in [-10, 50, 150]:
    print(clamp(v), clamp(v, high=40), clamp(v, -5, 5))
