import io

s = io.StringIO("The quick brown fox\njumps over\nthe lazy dog")
print(repr(s.read(3)), s.tell())
print(repr(s.read(7)), s.tell())
print(repr(s.read()), s.tell())
print(repr(s.read()), repr(s.read(5)))
print(s.seek(0), repr(s.read(-1)))
print(s.seek(4), repr(s.read(5)), s.tell())
print(s.seek(100), repr(s.read()), s.tell())
print(s.seek(0, 2), s.tell(), s.seek(0, 1))
s.seek(10)
print(repr(s.read(None)))
e = io.StringIO()
print(repr(e.read()), e.tell())
try:
    s.seek(-1)
except ValueError as err:
    print("ValueError", err)
try:
    s.seek(5, 1)
except OSError as err:
    print("OSError", err)
try:
    s.seek(0, 3)
except ValueError as err:
    print("ValueError", err)
