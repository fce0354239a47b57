# Tests a minimal user exception class: raise, catch, str(e), e.args, type name, isinstance.
class MyErr(Exception):
    pass


try:
    raise MyErr("something broke")
except MyErr as e:
    print(type(e).__name__, str(e), e.args)
    print(isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, ValueError))
try:
    raise MyErr
except MyErr as e:
    print("no-arg:", repr(str(e)), e.args)
try:
    raise MyErr("a", 2, None)
except MyErr as e:
    print("multi:", str(e), e.args, len(e.args))
e = MyErr("not raised")
print(repr(e), str(e))
print(repr(MyErr()), repr(MyErr("x", 1)))
print(issubclass(MyErr, Exception), MyErr.__bases__[0].__name__)
