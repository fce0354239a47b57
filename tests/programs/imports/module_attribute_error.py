import mod_small

print(mod_small.present)
try:
    print(mod_small.y)
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(mod_small, "present"), hasattr(mod_small, "absent"))
print(getattr(mod_small, "func")())
print(getattr(mod_small, "absent", "default"))
mod_small.absent = 1
print(getattr(mod_small, "absent", "default"))
import pkg_deep.inner
try:
    pkg_deep.inner.nothing
except AttributeError as e:
    print(e)
