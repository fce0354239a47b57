# len, indexing and slicing count code points.
samples = ["héllo", "naïve café", "日本語テキスト", "Ωμέγα", "😀😃😄", "a😀b", "ﬁ", "e\u0301"]
for s in samples:
    print(s, len(s), s[0], s[-1], s[1:3], s[::-1], repr(s[::2]))
s = "Grüße aus Köln 🚀!"
print(len(s), s[6:9], s.find("Köln"), s.index("🚀"), s.count("ö"))
print(s.split(" "), s[-2], s[-2:])
print("🚀" in s, "ü" in s, "u" in s)
chars = []
for ch in "añ😀":
    chars.append(ch)
print(chars, len(chars))
