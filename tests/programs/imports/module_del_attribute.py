import mod_small

mod_small.extra = 1
print(mod_small.extra)
del mod_small.extra
print(hasattr(mod_small, "extra"))
try:
    del mod_small.extra
except AttributeError as e:
    print("AttributeError:", e)
del mod_small.present
try:
    from mod_small import present
except ImportError as e:
    print(str(e).split(" (")[0])
