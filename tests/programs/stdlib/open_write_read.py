# open(): write a file, read it back, the file object's attributes.
import os

name = f"open_write_read_{os.getpid()}.txt"


def shown(f):
    return repr(f).replace(name, "NAME")


f = open(name, "w")
print(shown(f), type(f).__name__, type(f).__module__)
print(f.mode, f.encoding, f.errors, f.closed, f.name == name)
print(f.write("hello\n"), f.write("wörld ✓\n"), f.write(""))
print(f.readable(), f.writable(), f.seekable())
f.close()
print(f.closed, shown(f))

with open(name) as f:
    print(shown(f))
    text = f.read()
print(repr(text), len(text), f.closed)

with open(name, "r", encoding="utf8") as g:
    print(f.encoding, g.encoding)
    print(repr(g.read(3)), repr(g.read(4)), repr(g.read(0)), repr(g.read()), repr(g.read()))

with open(file=name, mode="rt") as h:
    print(h.mode, repr(h.read(-1)))
    print(repr(h.read(None)), h.read(5) == "")

with open(name, "w") as f:
    f.write("replaced")
with open(name) as f:
    print(repr(f.read()))

# A with block returns what __enter__ returns: the file itself.
f = open(name)
with f as g:
    print(g is f, f.closed)
print(f.closed)

# Files closed when they are freed keep what was written.
def log(line):
    out = open(name, "a")
    out.write(line)


log(" one")
log(" two")
with open(name) as f:
    print(repr(f.read()))

os.remove(name)
print(os.path.exists(name))
