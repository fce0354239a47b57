from mod_shared_list import items, config
import mod_shared_list

items.append(3)
config["debug"] = True
print(mod_shared_list.snapshot())
items = ["rebound locally"]
print(mod_shared_list.items)
mod_shared_list.items = ["rebound in module"]
print(items)
print(mod_shared_list.snapshot())
from mod_shared_list import items
print(items)
