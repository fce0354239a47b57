# Tests uncaught TypeError when calling len() on a user object without __len__.
class C:
    def __init__(self):
        self.items = [1, 2]


c = C()
print(len(c.items))
print(bool(c))
print(len(c))
