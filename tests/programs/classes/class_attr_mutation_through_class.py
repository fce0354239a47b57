# Tests that mutating a class attribute through the class is seen by all instances not shadowing it.
class Settings:
    rate = 10
    items = []


s1 = Settings()
s2 = Settings()
print(s1.rate, s2.rate)
Settings.rate = 20
print(s1.rate, s2.rate)
s1.rate = 99
Settings.rate = 30
print(s1.rate, s2.rate, Settings.rate)
s1.items.append("a")
s2.items.append("b")
print(Settings.items, s1.items is s2.items)
s2.items = ["own"]
s1.items.append("c")
print(Settings.items, s1.items, s2.items)
Settings.new_attr = "added later"
print(s1.new_attr, s2.new_attr)
print(hasattr(s1, "new_attr"), "new_attr" in vars(s1))
