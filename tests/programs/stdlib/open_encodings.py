# Encodings: utf-8, latin-1 and ascii, their spellings, and the error handlers.
import os

name = f"open_encodings_{os.getpid()}.txt"


def attempt(what, f):
    try:
        print(what, repr(f()))
    except Exception as e:
        print(what, type(e).__name__, e)


def write(text, **kw):
    with open(name, "w", **kw) as f:
        return f.write(text)


def read(**kw):
    with open(name, **kw) as f:
        return f.read()


print(write("café ÿ\n", encoding="latin-1"), repr(read(encoding="latin1")))
attempt("as utf-8", lambda: read(encoding="utf-8"))
attempt("replace", lambda: read(encoding="utf-8", errors="replace"))
attempt("ignore", lambda: read(encoding="utf-8", errors="ignore"))
attempt("backslash", lambda: read(encoding="utf-8", errors="backslashreplace"))
attempt("ascii", lambda: read(encoding="ascii"))
attempt("as latin-1", lambda: read(encoding="ISO-8859-1"))

write("naïve €", encoding="utf-8")
attempt("utf-8 as latin-1", lambda: read(encoding="l1"))
with open(name, encoding="UTF8") as f:
    print(f.encoding, repr(f.read(3)), f.tell(), repr(f.read(2)), f.tell())

attempt("encode ascii", lambda: write("abc€€d", encoding="ascii"))
attempt("encode ascii", lambda: write("abc€d", encoding="ascii"))
attempt("encode latin-1", lambda: write("é\U0001f600", encoding="latin-1"))
attempt("encode replace", lambda: write("a€b\n", encoding="ascii", errors="replace"))
attempt("read back", lambda: read())
attempt("xmlcharref", lambda: write("é€\U0001f600", encoding="ascii", errors="xmlcharrefreplace"))
attempt("read back", lambda: read())
attempt("backslash", lambda: write("é€\U0001f600", encoding="ascii", errors="backslashreplace"))
attempt("read back", lambda: read())
attempt("bad handler", lambda: write("é", encoding="ascii", errors="no-such-handler"))
attempt("unused handler", lambda: write("plain", encoding="ascii", errors="no-such-handler"))

with open(name, "w", encoding="ascii") as f:
    try:
        f.write("ok €")
    except UnicodeEncodeError as e:
        print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, ValueError))
    f.write("kept")
attempt("after error", lambda: read())

write("ab", encoding="latin-1")
with open(name, "a", encoding="latin-1") as f:
    f.write("\xe2\x82")
attempt("truncated", lambda: read(encoding="utf-8"))
with open(name, encoding="utf-8") as f:
    try:
        f.readline()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)

for enc in ["utf-8", "UTF-8", "utf8", "U8", "latin-1", "Latin_1", "iso8859-1", "ascii", "US-ASCII", "646"]:
    with open(name, encoding=enc) as f:
        print(repr(f).replace(name, "NAME"))
attempt("unknown", lambda: read(encoding="klingon"))
os.remove(name)
