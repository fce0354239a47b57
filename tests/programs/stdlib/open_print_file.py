# print(..., file=f) and buffering: what another reader sees before and after flush.
import os
import sys

name = f"open_print_file_{os.getpid()}.txt"

with open(name, "w") as out:
    print("header", file=out)
    print(1, 2.5, None, [3, "x"], sep=", ", file=out)
    print("no newline", end="", file=out)
    print(file=out)
    for i in range(3):
        print(i, i * i, sep=":", end=";", file=out)
    print(file=out, flush=True)
    print("to stdout")
    print("to stderr", file=sys.stderr)

with open(name) as f:
    print(f.read(), end="")

writer = open(name, "w")
reader = open(name)
writer.write("buffered")
print(repr(reader.read()))
writer.flush()
print(repr(reader.read()))
print("more", file=writer, flush=True)
print(repr(reader.read()))
writer.write("tail")
writer.close()
print(repr(reader.read()))
reader.close()

with open(name, "w", buffering=1) as f:
    print(f.line_buffering)
    g = open(name)
    f.write("partial")
    print(repr(g.read()))
    f.write(" line\n")
    print(repr(g.read()))
    g.close()

os.remove(name)
