# Tests uncaught TypeError when calling a user object that has no __call__.
class C:
    def run(self):
        return "running"


c = C()
print(c.run())
f = c.run
print(f())
c()
