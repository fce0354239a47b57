GREETING = "hello"
NUMBERS = [1, 2, 3]


def add(a, b):
    return a + b


def greet(name):
    return GREETING + ", " + name
