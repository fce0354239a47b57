# Closed files and the wrong direction: ValueError and io.UnsupportedOperation.
import io
import os

name = f"open_closed_{os.getpid()}.txt"


def attempt(what, f):
    try:
        print(what, repr(f()))
    except Exception as e:
        print(what, type(e).__name__, e)


w = open(name, "w")
attempt("read", lambda: w.read())
attempt("readline", lambda: w.readline())
attempt("readlines", lambda: w.readlines())
attempt("next", lambda: next(w))
attempt("iter", lambda: iter(w) is w)
w.write("data\n")
w.close()
w.close()
attempt("closed", lambda: w.closed)
attempt("write", lambda: w.write("more"))
attempt("write int", lambda: w.write(5))
attempt("writelines", lambda: w.writelines(["a"]))
attempt("flush", lambda: w.flush())
attempt("tell", lambda: w.tell())
attempt("seek", lambda: w.seek(0))
attempt("enter", lambda: w.__enter__())
attempt("iter", lambda: iter(w))
attempt("readable", lambda: w.readable())
attempt("writable", lambda: w.writable())
attempt("seekable", lambda: w.seekable())
attempt("fileno", lambda: w.fileno())
attempt("exit", lambda: w.__exit__(None, None, None))
attempt("name", lambda: w.name == name)

r = open(name)
attempt("write", lambda: r.write("x"))
attempt("writelines", lambda: r.writelines(["x"]))
attempt("truncate", lambda: r.truncate())
attempt("read", lambda: r.read())
r.close()
attempt("read", lambda: r.read())
attempt("readlines", lambda: r.readlines())
attempt("next", lambda: next(r))
attempt("readable", lambda: r.readable())
attempt("writable", lambda: r.writable())

with open(name) as r:
    try:
        r.write("nope")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
    try:
        r.write("nope")
    except ValueError as e:
        print("as ValueError:", type(e).__name__)
    try:
        r.write("nope")
    except OSError as e:
        print("as OSError:", type(e).__name__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

try:
    with open(name) as r:
        print(r.readline(), end="")
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, r.closed)

attempt("arity", lambda: open(name).read(1, 2))
attempt("arity", lambda: open(name).write())
attempt("arity", lambda: open(name).close(1))
attempt("arity", lambda: open(name).seek())
attempt("kw", lambda: open(name).read(size=1))
attempt("size", lambda: open(name).read("x"))
attempt("size", lambda: open(name).readline(None))
attempt("whence", lambda: open(name).seek(0, 3))
attempt("whence", lambda: open(name).seek(1, 1))
attempt("whence", lambda: open(name).seek(1, 2))
attempt("negative", lambda: open(name).seek(-1))
attempt("attr", lambda: open(name).nope)


def setname():
    f = open(name)
    try:
        f.name = "other"
    finally:
        f.close()


attempt("setattr", setname)
os.remove(name)
