try:
    from . import mod_small
except ImportError as e:
    print(type(e).__name__, e)
print("still running")
from . import mod_small
