# find, rfind, index, count, replace, startswith, endswith.
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"), s.find("at", 6), s.find("at", 6, 8))
print(s.index("sat"), s.rindex("the"))
print(s.count("at"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("", "-")[:10])
print(s.startswith("the"), s.startswith("cat", 4), s.endswith("mat"), s.endswith(("x", "at")))
print(s.startswith(("a", "t")), "".startswith(""))
print("abcabc".replace("abc", ""), "aaa".replace("a", "aa"))
text = "banana"
pos = text.find("a")
found = []
while pos != -1:
    found.append(pos)
    pos = text.find("a", pos + 1)
print(found)
print("hello".find(""), "hello".rfind(""))
print("mississippi".replace("ss", "SS").count("S"))
