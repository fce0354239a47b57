# Tests an exception __init__ that does not call super().__init__: args still hold the constructor args.
class Quiet(Exception):
    def __init__(self, a, b):
        self.total = a + b


class OneArg(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


try:
    raise Quiet(1, 2)
except Quiet as e:
    print(e.args, str(e), e.total)
try:
    raise OneArg("first", "second")
except OneArg as e:
    print(e.args, str(e), e.b, repr(e))
