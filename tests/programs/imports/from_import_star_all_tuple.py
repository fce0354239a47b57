from mod_star_tuple import *

print(first, third)
try:
    print(second)
except NameError as e:
    print("NameError:", e)
import mod_star_tuple
print(mod_star_tuple.second)
print(list(mod_star_tuple.__all__))
