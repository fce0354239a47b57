# Tests uncaught TypeError when indexing a user object without __getitem__.
class C:
    def __init__(self):
        self.data = [10, 20]


c = C()
print(c.data[0])
print(c.data[1])
print(c[0])
