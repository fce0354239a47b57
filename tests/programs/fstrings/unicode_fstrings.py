# f-string padding counts code points, not bytes.
words = ["naïve", "日本", "ok", "Ωmega", "😀"]
for w in words:
    print(f"|{w:<8}|{w:>8}|{w:^8}|{len(w)}")
print(f"{'é':*^5}")
print(f"{'→':→>4}")
price = 9.5
print(f"{'€'}{price:.2f} {'£'}{price:>8.2f}")
print(f"{'Zürich'!a} {'Zürich'!r}")
print(f"{'ß'.upper()} {'ǅ'.lower()}")
