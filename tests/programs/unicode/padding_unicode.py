# ljust/rjust/center/format pad by code points even for wide characters.
names = ["Zoë", "Łukasz", "王小明", "Émilie", "😀😀"]
for n in names:
    print("|" + n.ljust(8) + "|" + n.rjust(8) + "|" + n.center(8, "·") + "|")
for n in names:
    print("|%-8s|%8s|" % (n, n), "|{:^8}|{:*>8}|".format(n, n))
print("→".center(5, "←"), "ä".zfill(3), "€5".rjust(4, "¤"))
print(f"[{'ñ':^3}] [{'ñ':>3}] [{'ñ':<3}]")
print("x".ljust(3, "é") + "|")
table = [("Ärzte", 3), ("東京", 12), ("Ça", 100)]
for name, n in table:
    print(f"{name:<6}|{n:>4}|")
