# Sorting and comparing non-ASCII strings uses code point order.
words = ["zebra", "Äpfel", "apple", "Zürich", "éclair", "eclair", "中文", "😀", "Ωmega", "omega"]
print(sorted(words))
print(sorted(words, reverse=True))
def folded(s):
    return s.casefold()
print(sorted(words, key=folded))
print(min(words), max(words))
print("ä" < "b", "ä" > "z", "a" < "ä")
print("é" == "e\u0301", len("é"), len("e\u0301"))
print(sorted(["ß", "ss", "s", "t"]))
d = {"ключ": 1, "clé": 2, "鍵": 3}
for k in sorted(d):
    print(k, d[k], ord(k[0]))
