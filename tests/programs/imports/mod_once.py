print("mod_once body running")
loads = 0
loads += 1
