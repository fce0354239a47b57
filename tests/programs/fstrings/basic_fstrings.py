# f-string interpolation of expressions.
name = "Ada"
age = 36
pi = 3.14159265
print(f"{name} is {age} years old")
print(f"{name.upper()} {age + 1} {age * 2 > 70}")
print(f"{pi}")
print(f"{[1, 2, 3]} {(1,)} {{'braces'}} {{}}")
print(f"{'nested quotes'} {'x' if age > 30 else 'y'}")
print(f"{None} {True} {3.0} {-0.0}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
d = {"k": 10}
print(f"{d['k']} {d}")
print(f"{age // 10}{age % 10}")
print(f"")
print(f"plain text")
print(f"{name}" f" and " f"{age}")
x = 5
print(f"{x}{x}{x}")
print(f"{x if x > 3 else 0}")
print(f"{'a' + 'b'}")
print(F"capital F {x}")
