# strip, split, rsplit, splitlines and join.
s = "   padded text \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."))
print("a,b,,c".split(","), "a b  c".split(), " lead trail ".split(" "))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1))
print("".split(), "".split(","), "   ".split())
print("one\ntwo\r\nthree\n".splitlines(), "x\n\ny".splitlines())
print("keep\nends\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]))
print(" ".join("spaced"))
words = "the quick  brown fox".split()
print(len(words), words)
print("_".join(reversed(words)))
print("1 2 3".split(" ", 1))
csv = "name,age\nalice,30\nbob,25"
for line in csv.splitlines():
    fields = line.split(",")
    print(fields[0].upper(), fields[1])
