temp = "temporary"
keep = temp.upper()
del temp
for _i in range(3):
    keep = keep + "!"
del _i
