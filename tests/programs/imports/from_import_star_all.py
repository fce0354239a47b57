from mod_star_all import *

print(exported)
print(_also_exported)
print(Exported.__name__)
try:
    print(not_exported)
except NameError as e:
    print("NameError:", e)
try:
    print(helper())
except NameError as e:
    print("NameError:", e)
import mod_star_all
print(mod_star_all.not_exported, mod_star_all.helper())
