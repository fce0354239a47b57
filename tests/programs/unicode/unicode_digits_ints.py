# int() and float() accept non-ASCII decimal digits and Unicode whitespace.
print(int("٣"), int("١٢٣"), int("४२"), int("１２３"))
print(float("١.٥"), float("\u2003 7.25 \u3000"))
print(int(" \u00a0-42\u2002"))
for s in ["٣", "½", "²", "Ⅳ", "७"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
try:
    int("²")
except ValueError as e:
    print("ValueError:", e)
try:
    int("½")
except ValueError as e:
    print("ValueError:", e)
total = 0
for ch in "１２３":
    total += int(ch)
print(total)
