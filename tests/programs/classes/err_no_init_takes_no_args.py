# Tests uncaught TypeError for passing arguments to a class without __init__ (3.11: 'C() takes no arguments').
class C:
    label = "plain"

    def show(self):
        return "label=" + self.label


c = C()
print(c.show())
print(type(c).__name__, vars(c))
C(1)
