# Tests class attributes vs instance attributes: lookup order and shadowing.
class Config:
    level = 1
    name = "default"

    def show(self):
        return f"{self.name}:{self.level}"


a = Config()
b = Config()
print(a.level, b.level, Config.level)
a.level = 5
print(a.level, b.level, Config.level)
print(a.show(), b.show())
print("level" in vars(a), "level" in vars(b))
del a.level
print(a.level)
print("level" in vars(a))
b.name = "custom"
print(a.show(), b.show())
Config.name = "changed"
print(a.show(), b.show())
print(Config.name, b.name)
