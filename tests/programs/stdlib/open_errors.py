# open()'s errors: missing files, directories, bad modes and arguments.
import os

missing = "no_such_file_for_open_errors.txt"
name = f"open_errors_{os.getpid()}.txt"


def attempt(*args, **kwargs):
    try:
        f = open(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, str(e).replace(name, "NAME"))
    else:
        print("opened", f.mode)
        f.close()


try:
    open(missing)
except FileNotFoundError as e:
    print(type(e).__name__, str(e).replace(name, "NAME"))
    print(e.errno, e.strerror, e.filename, e.filename2, e.args)
    print(isinstance(e, OSError), isinstance(e, IOError), repr(e))

try:
    open(missing)
except OSError as e:
    print("OSError caught:", type(e).__name__)

attempt(".")
attempt(".", "w")
attempt(os.path.join(missing, "inner.txt"), "w")
with open(name, "w") as f:
    f.write("x")
attempt(os.path.join(name, "inner.txt"))

for mode in ["q", "rr", "rw", "", "+", "t", "rtb", "wbx", "U", "r ", "xa"]:
    attempt(name, mode)
attempt(name, 3)
attempt(3.5)
attempt(None)
attempt([name])
attempt("a\0b")
attempt(-1)
attempt(name, encoding=3)
attempt(name, errors=3)
attempt(name, newline=3)
attempt(name, buffering="x")
attempt(name, newline="x")
attempt(name, encoding="no-such-codec")
attempt(name, buffering=0)
attempt(name, closefd=False)
attempt(name, "rb", encoding="utf-8")
attempt(name, "rb", newline="")
attempt()
attempt(name, "r", -1, None, None, None, True, None, 9)
attempt(name, bogus=1)
attempt(name, "r", mode="r")
attempt(name, buffering=1)
attempt(name, "r", -1, "ascii", "strict", "\n", True, None)


def save_binary(path, data):
    # Never called: a program may name binary modes and still compile.
    with open(path, "wb") as f:
        f.write(data)


os.remove(name)
try:
    os.remove(name)
except FileNotFoundError as e:
    print(type(e).__name__, str(e).replace(name, "NAME"))
