# Tests getattr/setattr with attribute names built at run time, including getattr with a default.
class Record:
    def __init__(self):
        self.f0 = "zero"


r = Record()
for i in range(1, 4):
    setattr(r, "f" + str(i), i * i)
for i in range(5):
    name = f"f{i}"
    print(name, getattr(r, name, "<missing>"))
field = "f" + "2"
print(getattr(r, field) + 1)
setattr(r, field, getattr(r, field) * 100)
print(r.f2)
print(getattr(r, "nope", None), getattr(Record, "nope", 0))
setattr(Record, "shared", "on class")
print(r.shared, getattr(Record(), "shared"))
