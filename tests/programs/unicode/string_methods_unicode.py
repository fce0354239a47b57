# str methods on non-ASCII text: split, strip, replace, find, startswith, isX.
s = "  ¡Hola, señor! ¿Qué tal?  "
print(repr(s.strip()), s.strip().split(", "), s.count("ñ"))
print(s.replace("señor", "señora"), s.find("¿"), s.rfind("a"))
print("–".join(["α", "β", "γ"]), "α–β–γ".split("–"))
print("ÄÖÜ".lower().startswith("ä"), "naïve".endswith("ïve"))
print("\u3000ideographic space\u3000".strip(), "\xa0nbsp\xa0".strip())
for t in ["١٢٣", "½", "Ⅻ", "中文", "ǅ", "²", "ａｂｃ"]:
    print(t, t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isupper(), t.istitle())
print("line1\u2028line2\x85line3".splitlines())
print("tab\u2003em space".split())
print("ß".center(5, "*"), "Ⅷ".lower(), "ⓐ".upper())
