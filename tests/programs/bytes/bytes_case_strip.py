# case mapping, predicates, stripping, padding and replace: ASCII only, as CPython's bytes
b = b"Hello, World \xe9!"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hELLO wORLD".capitalize())
print(b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b" \t\n".isspace(), b"".isdigit())
print(b"abc".islower(), b"ABC".isupper(), b"Title Case".istitle(), b"\xe9".isalpha(), b"\x7f".isascii())
print(b"  x  ".strip(), b"  x  ".lstrip(), b"  x  ".rstrip(), b"xxhixx".strip(b"x"), b"abc".strip(bytearray(b"ac")))
print(b"7".zfill(3), b"-7".zfill(4), b"ab".center(6, b"*"), b"ab".center(5), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"a.b.c".replace(b".", b"::"), b"aaaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-"))
print(bytearray(b"MiXeD").lower(), b"a\tbc\td".expandtabs(4), b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"))
try:
    b"x".center(5, "*")
except TypeError as e:
    print(e)
try:
    b"x".strip("x")
except TypeError as e:
    print(e)
try:
    b"x".upper(1)
except TypeError as e:
    print(e)
