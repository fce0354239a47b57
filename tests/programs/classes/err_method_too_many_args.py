# Tests uncaught TypeError for calling a method with too many positional arguments.
class C:
    def m(self):
        return "m ok"


c = C()
print(c.m())
print(C.m(c))
c.m(5)
