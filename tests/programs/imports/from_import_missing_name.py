try:
    from mod_small import missing
except ImportError as e:
    print(type(e).__name__)
    print(str(e).split(" (")[0])
try:
    from mod_small import present, also_missing
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError))
    print(str(e).split(" (")[0])
from mod_small import present
print(present)
