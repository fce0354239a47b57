# Reading line by line: iteration, readline, readlines, next, tell and seek.
import os

name = f"open_lines_{os.getpid()}.txt"
with open(name, "w") as f:
    f.writelines(["alpha\n", "beta\n", "", "gamma\n", "delta"])

with open(name) as f:
    for line in f:
        print(repr(line))

with open(name) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline(2)), repr(f.readline(100)), f.tell())
    print(f.readlines())
    print(repr(f.readline()), repr(f.readline()), f.tell())
    print(f.seek(0), repr(f.readline(0)), repr(f.readline(-1)))
    print(f.readlines(8))
    print(f.seek(0), f.readlines(0))

with open(name) as f:
    print(next(f), end="")
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    print(list(f))
    print(f.tell())
    print(next(f, "done"))
    print(f.seek(0, 2), f.read() == "")
    print(f.seek(0), [len(x) for x in f])

with open(name) as f:
    lines = [line.rstrip("\n").upper() for line in f if "a" in line]
print(lines)

with open(name) as f:
    it = iter(f)
    print(it is f, next(it), end="")
    print(sum(1 for _ in f))

words = {}
with open(name) as f:
    for number, line in enumerate(f, 1):
        words[line.strip()] = number
print(words)

with open(name, "w") as f:
    f.writelines(str(i) + "\n" for i in range(5))
    f.writelines([])
with open(name) as f:
    print(f.read().split())

os.remove(name)
