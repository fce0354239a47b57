# printf-style formatting of bytes and bytearray (`%`, `%=`, `__mod__`, `__rmod__`), after
# CPython's test_bytes (test_mod, test_imod, test_rmod) and PEP 461.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class B:
    def __bytes__(self):
        return b"BB"
class Bad:
    def __bytes__(self):
        return "x"

for T in (bytes, bytearray):
    b = T(b"hello, %b!")
    orig = b
    b %= b"world"
    print(b, orig, b is orig, type(b).__name__)
    a = T(b"%s / 100 = %d%%") % (b"seventy-nine", 79)
    print(a, T(b"hello,\x00%b!") % b"world", T(b"%c") % b"a")
    print(T(b"...%(foo)b...") % {b"foo": b"abc"}, T(b"...%(f(o)o)b...") % {b"f(o)o": b"abc", b"foo": b"bar"})
    print(T(b"%*b|%*b|%*.*b") % (5, b"abc", -5, b"abc", 5, 2, b"abc"), T(b"%i%b %*.*b") % (10, b"3", 5, 3, b"abc"))
    print(T(b"%r %a") % ("\xe9", b"x"), T(b"%c%c%c") % (65, b"B", bytearray(b"C")))
    print(T(b"%5d|%-5x|%05.1f|%e|%#o") % (42, 255, 3.14159, 1e10, 8), T(b"%s") % B())
    print(T(b"\xff%s") % b"\xfe", T(b"%.2s|%5s") % (b"abcdef", b"ab"), T(b"%d").__mod__(3))
show(lambda: bytearray(b"abc").__rmod__("%r"))
show(lambda: b"abc".__rmod__(b"%s"))
show(lambda: object() % b"abc")
for fmt, args in ((b"%s", "x"), (b"%s", 1), (b"%c", 256), (b"%c", "a"), (b"%c", b"ab"), (b"%c", 1.5),
                  (b"%(a)s", {"a": b"x"}), (b"%s", Bad()), (b"", b"x"), (b"", bytearray(b"x")), (b"", {}),
                  (b"%s %s", (b"a",)), (b"%z", 1), (b"%d", "x"), (b"%x", 1.5), (b"%(x", {b"x": 1}), (b"%", ())):
    show(lambda: fmt % args)
show(lambda: "" % b"x")
show(lambda: "%s" % b"x")
