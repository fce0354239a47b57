# Tests uncaught TypeError for item assignment on an object with __getitem__ but no __setitem__.
class ReadOnly:
    def __init__(self, factor):
        self.factor = factor

    def __getitem__(self, i):
        return i * self.factor


r = ReadOnly(2)
print(r[1], r[21])
r[0] = 5
