# Tests getattr to look up methods by name at run time (command dispatch), and calling them.
class Calculator:
    def __init__(self):
        self.acc = 0

    def cmd_add(self, n):
        self.acc += n

    def cmd_mul(self, n):
        self.acc *= n

    def cmd_reset(self, n):
        self.acc = n

    def run(self, program):
        for op, arg in program:
            handler = getattr(self, "cmd_" + op, None)
            if handler is None:
                print("unknown op", op)
                continue
            handler(arg)
            print(op, arg, "->", self.acc)


c = Calculator()
c.run([("add", 5), ("mul", 3), ("pow", 2), ("reset", 1), ("add", 1)])
m = getattr(Calculator, "cmd_add")
m(c, 100)
print(c.acc)
print(hasattr(c, "cmd_mul"), hasattr(c, "cmd_div"))
print(getattr(c, "acc"), getattr(c, "run").__name__)
