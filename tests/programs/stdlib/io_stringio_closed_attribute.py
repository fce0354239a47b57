import io

s = io.StringIO("abc")
print(s.closed)
print(s.read(1))
s.close()
print(s.closed)
s.close()
print(s.closed)
