# Tests an uncaught user exception constructed with several args (message shows the args tuple).
class MultiError(Exception):
    pass


print(str(MultiError("only")))
print(str(MultiError("a", 1)))
e = MultiError("bad", 42)
print(e.args, len(e.args))
raise e
