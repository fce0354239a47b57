# Unpacking something that cannot be iterated: CPython's message, for plain and starred targets.
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, *b = 5
except TypeError as e:
    print(e)
