try:
    import mod_not_installed as backend
    source = "primary"
except ImportError:
    import mod_values as backend
    source = "fallback"
print(source, backend.NAME)

try:
    from mod_small import fast_func as impl
except ImportError:
    from mod_small import func as impl
print(impl())

HAVE_X = True
try:
    import mod_nope_x
except ModuleNotFoundError:
    HAVE_X = False
print(HAVE_X)
