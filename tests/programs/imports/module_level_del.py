import mod_deleted

print(mod_deleted.keep)
try:
    mod_deleted.temp
except AttributeError as e:
    print(e)
try:
    from mod_deleted import _i
except ImportError as e:
    print(str(e).split(" (")[0])
print(hasattr(mod_deleted, "temp"), hasattr(mod_deleted, "keep"))
