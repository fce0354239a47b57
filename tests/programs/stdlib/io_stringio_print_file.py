import io

buf = io.StringIO()
print("hello", "world", file=buf)
print(1, 2.5, None, [1, 2], file=buf, sep="|")
print("no newline", file=buf, end="")
print(file=buf)
print("x", "y", sep="", end="!\n", file=buf)
out = buf.getvalue()
print(repr(out))
print(out.count("\n"), out.splitlines())

def report(rows, stream):
    for name, score in rows:
        print(f"{name:<6}{score:>5}", file=stream)

b2 = io.StringIO()
report([("ann", 90), ("bob", 7), ("cy", 100)], b2)
print(b2.getvalue(), end="")
b3 = io.StringIO()
print(*range(5), file=b3, sep=", ")
print(repr(b3.getvalue()), b3.tell())
