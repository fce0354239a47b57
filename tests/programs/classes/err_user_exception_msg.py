# Tests an uncaught user exception with a message (CPython prints 'MyError: boom', no __main__ prefix).
class MyError(Exception):
    pass


try:
    raise MyError("caught once")
except MyError as e:
    print("caught:", e)
print("now raising uncaught")
raise MyError("boom")
