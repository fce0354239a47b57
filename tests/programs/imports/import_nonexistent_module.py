try:
    import nosuch
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import nosuch_pkg.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from nosuch_either import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg_shapes.nosuch_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
