from mod_star_public import *

print(alpha, beta)
print(visible())
print(Thing.kind)
try:
    print(_hidden)
except NameError as e:
    print("NameError:", e)
try:
    print(_private())
except NameError as e:
    print("NameError:", e)
import mod_star_public
print(mod_star_public._hidden)
print(mod_star_public._private())
