# Tests that containers (list, tuple, dict) use __repr__ of elements, never __str__.
class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Tag<" + self.name + ">"

    def __str__(self):
        return "#" + self.name


tags = [Tag("a"), Tag("b")]
print(tags)
print(str(tags))
print((Tag("x"),))
print({"k": Tag("v")})
print({Tag("key").name: [Tag("n1"), Tag("n2")]})
print(tags[0], tags[1])
print(f"{tags}")
nested = [[Tag("deep")], (Tag("t"), 1)]
print(nested)
