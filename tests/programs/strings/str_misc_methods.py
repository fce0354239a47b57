# Less common str methods and str() of various values.
print("a-b-c".split("-", 1), "abc".join(["1", "2", "3"]))
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removeprefix("x"))
print("%s" % [1, "a"], str((1, "a")), str({"k": "v"}))
print("  x  ".strip() == "x")
print("abc".index("c"), "aXbXc".split("X"))
print("0042".lstrip("0"), "1.500".rstrip("0"), "x".strip("xyz"))
print("ab" * 3 == "ababab")
print("The End".lower().startswith("the"))
n = 0
for ch in "a1b2c3d4":
    if ch.isdigit():
        n += int(ch)
print(n)
print(str(), repr(str()), len(str()))
print("python"[1:4].upper() + "!")
