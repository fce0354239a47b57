# Tests uncaught TypeError for calling a class with too few __init__ arguments.
class C:
    def __init__(self, a, b):
        self.a = a
        self.b = b


ok = C(1, 2)
print(ok.a, ok.b)
print("creating with one argument")
bad = C(1)
print("not reached")
