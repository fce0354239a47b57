# repr keeps printable non-ASCII; ascii escapes it; control chars are escaped.
values = ["café", "日本", "😀", "\u00a0", "\u200b", "\u2028", "\x7f", "\t", "e\u0301", "\ufeff", "\U000e0001"]
for v in values:
    print(len(v), repr(v), ascii(v))
print(["ü", "😀"], ("ß",), {"ключ": "значение"})
print(repr("mixed ' and \" ü"))
print("%r %a %s" % ("ñ", "ñ", "ñ"))
print(str(["é"]), ascii(["é"]))
e = "naïve"
print(e, repr(e), ascii(e), len(repr(e)), len(ascii(e)))
print(f"{e!r} {e!a}")
