# Tests uncaught TypeError when iterating over a user object without __iter__ or __getitem__.
class C:
    def __init__(self):
        self.items = [1, 2, 3]


c = C()
for x in c.items:
    print(x)
for x in c:
    print(x)
