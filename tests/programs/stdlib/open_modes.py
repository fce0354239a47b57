# Append, exclusive creation and the update modes.
import os

name = f"open_modes_{os.getpid()}.txt"

with open(name, "w") as f:
    f.write("one\n")
with open(name, "a") as f:
    print(f.tell())
    f.write("two\n")
    print(f.tell())
with open(name) as f:
    print(repr(f.read()))

with open(name, "a+") as f:
    print(repr(f.read()), f.seek(0), repr(f.readline()))
    f.write("three\n")
    print(f.seek(0), repr(f.read()))

with open(name, "r+") as f:
    print(repr(f.read(3)))
    f.seek(0)
    f.write("ONE")
    f.seek(0)
    print(repr(f.read()))

with open(name, "w+") as f:
    print(repr(f.read()))
    f.write("fresh\nstart\n")
    print(f.tell(), f.seek(0), f.readlines())
    print(f.truncate(3), f.seek(0), repr(f.read()))

try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == name)
os.remove(name)
with open(name, "x") as f:
    print(f.mode, f.writable(), f.readable())
    f.write("created")
with open(name, "rt") as f:
    print(f.mode, repr(f.read()))
os.unlink(name)

for mode in ["w", "a", "x", "r+", "w+", "a+", "x+", "wt", "t+w"]:
    try:
        with open(name, mode) as f:
            print(mode, f.readable(), f.writable(), repr(f.mode))
    except FileNotFoundError as e:
        print(mode, type(e).__name__)
    if os.path.exists(name):
        os.remove(name)
