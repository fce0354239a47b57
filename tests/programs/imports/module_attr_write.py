import mod_config

print(mod_config.get_x())
mod_config.X = 5
print(mod_config.X)
print(mod_config.get_x())
print(mod_config.scaled(3))
mod_config.NEW_ATTR = "added"
print(mod_config.NEW_ATTR)
mod_config.items.append("outside")
print(mod_config.add_item("inside"))
print(mod_config.items)
mod_config.items = ["replaced"]
print(mod_config.add_item("again"))
print(mod_config.items)


def fake_get_x():
    return -1


mod_config.get_x = fake_get_x
print(mod_config.get_x())
print(mod_config.scaled(2))
