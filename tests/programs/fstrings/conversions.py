# !r, !s and !a conversions, alone and with format specs.
s = "héllo"
q = "it's"
n = 42
print(f"{s!r} {s!s} {s!a}")
print(f"{q!r} {q!a}")
print(f"{n!r} {n!s} {3.5!r}")
print(f"[{s!r:^11}]")
print(f"[{s!r:>12}] [{s!s:<8}] [{s!a:*^16}]")
print(f"{'x'!r:5}|")
print(f"{[s]!s} {[s]!a}")
print(f"{None!r} {True!s}")
emoji = "😀"
print(f"{emoji!r} {emoji!a} {emoji!s}")
print(f"{'abc'!r:9}|{'abc'!r:>9}|")
word = "new\nline"
print(f"{word!r}")
