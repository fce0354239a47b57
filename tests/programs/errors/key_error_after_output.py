# Many lines of stdout before an uncaught KeyError from dict.pop.
inventory = {"apples": 3, "pears": 0}
for i in range(20):
    print("line", i, "of output before the failure")
print(inventory.pop("apples"))
print(inventory.pop("plums", 0))
print(inventory)
inventory["figs"] = 12
print(inventory, len(inventory))
print(inventory.pop("plums"))
print("unreachable")
