# Tests an uncaught user exception raised without a message (last stderr line is just the class name).
class EmptyError(Exception):
    pass


class Sub(EmptyError):
    pass


print(repr(str(EmptyError())))
print(EmptyError().args, repr(Sub()))
raise Sub
