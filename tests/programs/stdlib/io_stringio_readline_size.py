import io

s = io.StringIO("line one\nline two\n\nlast")
print(repr(s.readline(4)), repr(s.readline(100)), repr(s.readline(0)), repr(s.readline(-1)))
s.seek(0)
print(s.readlines(12))
s.seek(0)
print(s.readlines(0), s.tell())
s.seek(0)
print(s.readlines(-5))
t = io.StringIO("abcdef\nghi")
print(repr(t.readline(3)), repr(t.readline(3)), repr(t.readline(3)), repr(t.readline(3)))
print(repr(t.readline()), t.tell())
