print("mod_broken_value: loading")
LIMIT = int("not a number")
