# Module-level variables, rebinding and multiple assignment.
x = 10
y = 3
print(x, y)
x = x + y
print(x)
a = b = c = 7
print(a, b, c)
b = 8
print(a, b, c)
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
p, q, r = "xyz"
print(p, q, r)
name = "pyaot"
version = 1
print(name, version)
name = 3.25
print(name)
first, second = [10, 20]
print(first + second)
