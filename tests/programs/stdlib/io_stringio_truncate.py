import io

s = io.StringIO("0123456789")
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(3)
print(s.truncate(), repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("abc")
print(repr(s.getvalue()))
print(s.truncate(0), repr(s.getvalue()), s.tell())
s.write("zz")
print(repr(s.getvalue()), s.tell())
t = io.StringIO("hello")
print(t.truncate(50), repr(t.getvalue()))
t.seek(2)
t.write("LLO WORLD")
print(repr(t.getvalue()))
t.seek(0)
t.write("J")
print(repr(t.getvalue()), t.tell())
try:
    t.truncate(-1)
except ValueError as e:
    print("ValueError", e)
