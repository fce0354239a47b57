# split/rsplit/splitlines/partition/join on bytes and bytearray
line = b"  alpha  beta\tgamma\n"
print(line.split(), line.split(None, 1), line.rsplit(None, 1))
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 2))
print(b"one\ntwo\r\nthree\rfour".splitlines(), b"x\ny\n".splitlines(True), b"".splitlines())
print(bytearray(b"k=v=w").partition(b"="), b"k=v=w".rpartition(b"="), b"kv".partition(b"="))
print(b", ".join([b"a", bytearray(b"b"), b"c"]), bytearray(b"-").join((b"x", b"y")))
print(b"".join([]), b"".join(b"ab".split(b"x")))
print(bytearray(b"a b").split(), type(bytearray(b"a b").split()[0]).__name__)
for op in (lambda: b"a".split(b""), lambda: b"a".split("a"), lambda: b"-".join([b"a", "b"]),
           lambda: b"-".join([1]), lambda: b"x".partition(b"")):
    try:
        op()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
