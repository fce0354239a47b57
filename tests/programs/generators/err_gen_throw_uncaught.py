# Tests an exception thrown into a generator that escapes uncaught to top level
def worker():
    try:
        yield "ready"
        yield "never"
    finally:
        print("worker finally runs before the exception propagates")

w = worker()
print(next(w))
w.throw(ValueError("thrown into worker"))
print("unreachable")
