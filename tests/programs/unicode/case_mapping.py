# Unicode-aware upper/lower/title/casefold, including length-changing mappings.
words = ["straße", "ǆemal", "İstanbul", "ΟΔΥΣΣΕΥΣ", "ﬁne", "ŉ", "éclair", "ÀÉÎÕÜ", "Ωmega"]
for w in words:
    up = w.upper()
    lo = w.lower()
    print(w, up, len(up), lo, len(lo), w.title(), w.casefold())
print("ß".upper(), "SS".lower(), "ß".casefold() == "ss")
print("Σ".lower(), "ΣΑΣ".lower(), "όσος".upper())
print("ǅ".upper(), "ǅ".lower(), "ǆ".title())
print("Ärger".swapcase(), "ⅰⅱⅲ".upper())
print("ÉCOLE".isupper(), "école".islower(), "Ça Va".istitle())
