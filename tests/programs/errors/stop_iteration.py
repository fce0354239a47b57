# Uncaught StopIteration from next() on an exhausted iterator.
letters = ["a", "b"]
it = iter(letters)
print(next(it))
print(next(it))
print(next(it, "default works"))
numbers = iter(range(2))
for n in numbers:
    print("number", n)
print(next(numbers, None))
print("now calling next without a default")
print(next(it))
