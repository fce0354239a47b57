# Case conversion and classification methods.
s = "hello World 42"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("ALREADY".lower(), "mIxEd".capitalize())
print("they're bill's friends".title())
print("x1y2".title(), "hello-world_foo bar".title())
for t in ["123", "12a", "abc", "ABC", "", "   ", "Title Case", "a1", "٣"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle())
print("42".isdecimal(), "4.2".isdecimal(), "-1".isdigit())
print("hello_world".isidentifier(), "2x".isidentifier())
print("ABC".casefold(), "Straße".casefold())
