# center, ljust, rjust, zfill, partition and rpartition.
print("[" + "hi".center(10) + "]", "[" + "hi".center(9, "*") + "]")
print("[" + "odd".center(6) + "]", "[" + "odd".center(2) + "]")
print("[" + "left".ljust(8, ".") + "]", "[" + "right".rjust(8) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in rows:
    print(name.ljust(12) + str(price).rjust(6) + str(qty).rjust(4))
print("tab\tseparated".expandtabs(4))
print("title".center(20, "=") + "|")
