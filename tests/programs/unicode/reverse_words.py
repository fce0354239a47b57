# Reversing and transforming non-ASCII strings.
text = "Ünïcödé strings in Python: 日本 😀 ok"
print(text[::-1])
print(" ".join(reversed(text.split())))
words = text.split()
for w in words:
    print(w, w[::-1], w.upper(), len(w))
acc = ""
for ch in text:
    if ch.isalpha():
        acc += ch
print(acc, len(acc))
counts = {}
for ch in "ñaña😀😀😀":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
