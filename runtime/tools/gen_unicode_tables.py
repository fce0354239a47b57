#!/usr/bin/env python3
"""Generates runtime/src/unicode_tables.rs from CPython's own Unicode database, so the
runtime's str predicates and case mappings agree with the CPython that is our oracle.

Run with CPython 3.11:  python3 runtime/tools/gen_unicode_tables.py > runtime/src/unicode_tables.rs
"""
import sys
import unicodedata

N = 0x110000


def ranges(pred):
    out = []
    start = None
    for c in range(N):
        ok = pred(c)
        if ok and start is None:
            start = c
        if not ok and start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, N - 1))
    return out


def case_ignorable(c):
    s = chr(c)
    if 0xD800 <= c < 0xE000:
        return False
    # Final_Sigma probes: see str.rs (lower with sigma context).
    after_cased = ("A" + s + "\u03a3").lower()[-1] == "\u03c2"
    after_space = (" " + s + "\u03a3").lower()[-1] == "\u03c2"
    return after_cased and not after_space


props = [
    ("PRINTABLE", lambda c: chr(c).isprintable()),
    ("SPACE", lambda c: chr(c).isspace()),
    ("ALPHA", lambda c: chr(c).isalpha()),
    ("DECIMAL", lambda c: chr(c).isdecimal()),
    ("DIGIT", lambda c: chr(c).isdigit()),
    ("NUMERIC", lambda c: chr(c).isnumeric()),
    ("XID_START", lambda c: chr(c).isidentifier()),
    ("XID_CONTINUE", lambda c: ("a" + chr(c)).isidentifier()),
    ("TITLECASE", lambda c: unicodedata.category(chr(c)) == "Lt"),
    ("LOWERCASE", lambda c: chr(c).islower()),
    ("UPPERCASE", lambda c: chr(c).isupper()),
    ("CASE_IGNORABLE", case_ignorable),
]

w = sys.stdout.write
w("//! Unicode property tables generated from CPython %s's database (Unicode %s)\n"
  % (sys.version.split()[0], unicodedata.unidata_version))
w("//! by `runtime/tools/gen_unicode_tables.py`. Do not edit by hand.\n")
w("//! Each range table is sorted, inclusive `(first, last)` code points.\n\n")
for name, p in props:
    rs = ranges(p)
    w("pub static %s: &[(u32, u32)] = &[\n" % name)
    for i in range(0, len(rs), 6):
        w("    " + " ".join("(0x%X, 0x%X)," % r for r in rs[i:i + 6]) + "\n")
    w("];\n\n")

# Decimal digits come in runs whose value is (code point - run start) % 10; check it.
for lo, hi in ranges(lambda c: chr(c).isdecimal()):
    for c in range(lo, hi + 1):
        assert unicodedata.decimal(chr(c)) == (c - lo) % 10, hex(c)


def seq(s):
    return "&[" + ", ".join("0x%X" % ord(x) for x in s) + "]"


def mapping_table(name, f, base):
    rows = []
    for c in range(N):
        if 0xD800 <= c < 0xE000:
            continue
        m = f(chr(c))
        if m != base(chr(c)):
            rows.append((c, m))
    w("pub static %s: &[(u32, &[u32])] = &[\n" % name)
    for c, m in rows:
        w("    (0x%X, %s),\n" % (c, seq(m)))
    w("];\n\n")


# Titlecase mappings where they differ from the uppercase mapping.
mapping_table("TITLE_MAP", lambda s: s.title() if len(s.title()) else s, lambda s: s.upper())
# Case folding where it differs from the lowercase mapping.
mapping_table("CASEFOLD_MAP", lambda s: s.casefold(), lambda s: s.lower())
