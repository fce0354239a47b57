try:
    from mod_ghost_all import *
except AttributeError as e:
    print("AttributeError:", e)
import mod_ghost_all
print(mod_ghost_all.real)
from mod_ghost_all import *
