# Tests str.encode() and bytes.decode() round trips, utf-8 multi-byte lengths and decode errors
s = "héllo wörld"
e = s.encode()
print(e)
print(len(s), len(e))
print(e.decode())
print(e.decode("utf-8") == s)
print("abc".encode("ascii"), b"abc".decode("ascii"))
print("€".encode(), len("€".encode()), list("€".encode()))
print("😀".encode("utf-8"))
print(b"\xe2\x82\xac".decode())
print("".encode(), b"".decode() == "")
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(b"\xffab".decode("utf-8", "replace"))
print("é".encode("ascii", "ignore"), "é".encode("latin-1"))
