import mod_alias as ma

print(ma.VALUE)
print(ma.double(21))
print(ma.__name__)
try:
    print(mod_alias.VALUE)
except NameError as e:
    print("NameError:", e)
import mod_alias as mb
print(ma is mb)
print(mb.double(ma.VALUE))
