# The newline argument: translation on write, universal newlines on read, `newlines`.
import os

name = f"open_newlines_{os.getpid()}.txt"


def raw():
    with open(name, newline="") as f:
        return f.read()


for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(name, "w", newline=nl) as f:
        n = f.write("x\ny\r\nz")
    print(repr(nl), n, repr(raw()))

with open(name, "w", newline="") as f:
    f.write("a\r\nb")
with open(name) as f:
    print(repr(f.read()), f.newlines)
with open(name) as f:
    print(f.readlines())

data = "a\r\nb\rc\nd\r\r\ne"
with open(name, "w", newline="") as f:
    f.write(data)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(name, newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines, f.tell())
    with open(name, newline=nl) as f:
        print(repr(nl), repr(f.read(3)), repr(f.read(2)), repr(f.readline()), f.tell())
    with open(name, newline=nl) as f:
        print(repr(nl), [f.readline(2) for _ in range(6)])
    with open(name, newline=nl) as f:
        print(repr(nl), list(f))

with open(name, "w", newline="") as f:
    f.write("one\rtwo\r")
with open(name) as f:
    print(f.newlines, repr(f.readline()), f.newlines, repr(f.read()), f.newlines)

with open(name, "w") as f:
    f.write("plain\n")
with open(name) as f:
    print(f.newlines, repr(f.read()), f.newlines)

os.remove(name)
