# str.maketrans (a static method), str.translate and str.format_map, after CPython's
# test_unicode (test_maketrans_translate, test_format_map).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(type(str.__dict__["maketrans"]).__name__, str.maketrans.__name__, "".maketrans("a", "b"))
print("abababc".translate({ord("a"): None}), "abababc".translate({ord("a"): None, ord("b"): ord("i")}))
print("abababc".translate({ord("a"): None, ord("b"): ord("i"), ord("c"): "x"}), "xzx".translate({ord("z"): "yy"}))
print("abababc".translate({"b": "<i>"}), "abababc".translate(str.maketrans({"a": None, "b": "<i>"})))
print("abdcdcbdddd".translate(str.maketrans("abc", "xyz", "d")))
print("[a]".translate(str.maketrans("a", "X")), "[a]".translate(str.maketrans({"a": "XXX"})))
print("axb".translate(str.maketrans({"a": None, "b": "\xe9"})), "[\xe9]".translate(str.maketrans({"\xe9": "123"})))
print("[a\xe9]".translate(str.maketrans({"a": "<\u20ac>"})), "ab".translate({97: True}), "".translate(1))
print(str.maketrans({"a": 1, 2: "x", True: None}), str.maketrans("ab", "cd", "e"))
show(lambda: "[a]".translate(str.maketrans({"a": 0x110000})))
show(lambda: "ab".translate({97: 1.5}))
show(lambda: "ab".translate(1))
show(lambda: "abc".translate([None, None]))
show(lambda: str.maketrans())
show(lambda: str.maketrans("abc", "defg"))
show(lambda: str.maketrans(2, "def"))
show(lambda: str.maketrans("abc", 2))
show(lambda: str.maketrans("abc", None))
show(lambda: str.maketrans("abc", "def", 2))
show(lambda: str.maketrans({"xy": 2}))
show(lambda: str.maketrans({(1,): 2}))
show(lambda: str.maketrans("ab"))

# A table whose lookups are seen: ASCII text asks once per character while each maps to
# one ASCII character, then once per character (twice after a deleted run).
class Table:
    def __init__(self, m):
        self.m, self.seen = m, []
    def __getitem__(self, k):
        self.seen.append(chr(k))
        return self.m[k]
t = Table({97: "x", 98: None, 99: "long"})
print("aabbcab".translate(t), "".join(t.seen))

class Echo:
    def __getitem__(self, key):
        return key.upper()
print("{hello}".format_map(Echo()), "{a} {world}".format_map(Echo()))
print("a{{b}}".format_map({}), "{x[0]}-{y.real}".format_map({"x": [7], "y": 3}))
for fmt, arg in (("{}", {"a": 2}), ("{a} {}", {"a": 2}), ("{0}", "a"), ("{b}", {}), ("{", {}), ("{a}", 1)):
    show(lambda: fmt.format_map(arg))
