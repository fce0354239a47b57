# Uncaught AttributeError: calling a method that does not exist.
values = [3, 1, 2]
values.sort()
print(values)
values.reverse()
print(values)
text = "hello"
print(text.upper())
number = 42
number.append(1)
