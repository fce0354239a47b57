# Tests uncaught TypeError when next() is called on an iterable object that is not an iterator.
class Bag:
    def __init__(self):
        self.items = ["a", "b"]

    def __iter__(self):
        return iter(self.items)


b = Bag()
print(list(b))
it = iter(b)
print(next(it))
next(b)
