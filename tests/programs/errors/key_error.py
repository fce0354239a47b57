# Uncaught KeyError with a string key.
ages = {"ann": 31, "bob": 27}
for name in ["ann", "bob"]:
    print(name, ages[name])
ages["cy"] = 40
print(sorted(ages))
print(ages.get("dee", "unknown"))
print("dee" in ages)
oldest = max(ages.values())
print("oldest", oldest)
print(ages["dee"])
print("unreachable")
