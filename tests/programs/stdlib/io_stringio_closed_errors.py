import io

s = io.StringIO("data")
s.close()
s.close()
ops = [
    ("read", lambda: s.read()),
    ("write", lambda: s.write("x")),
    ("getvalue", lambda: s.getvalue()),
    ("seek", lambda: s.seek(0)),
    ("tell", lambda: s.tell()),
    ("readline", lambda: s.readline()),
    ("truncate", lambda: s.truncate(0)),
]
for name, f in ops:
    try:
        f()
        print(name, "ok")
    except ValueError as e:
        print(name, "ValueError", e)
t = io.StringIO()
try:
    t.write(5)
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO(42)
except TypeError as e:
    print("TypeError", e)
