# str.encode and bytes.decode with utf-8, latin-1 and ascii and the error handlers
s = "héllo wörld €"
u = s.encode()
print(u, len(u), len(s))
print(u.decode("utf-8") == s)
print(s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print("abc".encode("ascii"), "ABC".encode(encoding="UTF8"))
bad = b"ok\xff\xfeend"
print(bad.decode("utf-8", "replace"), bad.decode("utf-8", "ignore"))
print(bad.decode("latin-1"), bad.decode("ascii", "backslashreplace"))
print(bytearray("é", "utf-8"), bytes("é", "latin-1"))
print(str(b"abc", "ascii"), str(bytearray(b"xy"), encoding="utf-8"))
for args in (("é", "ascii"), ("x", "no-such-codec")):
    try:
        print(args[0].encode(args[1]))
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    b"\xe9t\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
try:
    "x".encode(1)
except TypeError as e:
    print(e)
try:
    b"x".decode(errors=2)
except TypeError as e:
    print(e)
