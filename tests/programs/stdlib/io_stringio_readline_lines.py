import io

text = "line one\nline two\n\nlast line without newline"
s = io.StringIO(text)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
print(io.StringIO("").readlines(), io.StringIO("\n\n").readlines())
s.seek(0)
count = 0
for line in s.readlines():
    count += len(line)
print(count == len(text))
t = io.StringIO("a\r\nb\rc\n")
print(t.readlines())
t2 = io.StringIO("x\ny\n")
lines = []
while True:
    ln = t2.readline()
    if not ln:
        break
    lines.append(ln.rstrip("\n"))
print(lines)
