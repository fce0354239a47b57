import mod_lazy_attr

print(mod_lazy_attr.REAL)
print(mod_lazy_attr.dyn_hello)
print(getattr(mod_lazy_attr, "dyn_x"))
from mod_lazy_attr import dyn_imported
print(dyn_imported)
try:
    mod_lazy_attr.other
except AttributeError as e:
    print("AttributeError:", e)
