# The namespaces of str, bytes and bytearray (vars(T), T.__dict__) hold exactly what
# CPython 3.11's do, with the same kinds of descriptors; bytearray.__hash__ is None.
# (The docstrings themselves are not checked.)
for T in (str, bytes, bytearray):
    names = sorted(vars(T))
    print(T.__name__, len(names))
    print(names)
    kinds = {}
    for n in names:
        if n == "__doc__":
            continue
        kinds.setdefault(type(vars(T)[n]).__name__, []).append(n)
    for k in sorted(kinds):
        print(" ", k, len(kinds[k]), kinds[k][:4])
print("__hash__" in vars(bytearray), vars(bytearray)["__hash__"], bytearray.__hash__)
print("__hash__" in vars(bytes), "__init__" in vars(str), "__init__" in vars(bytearray))
print(type(str.__dict__).__name__, str.__dict__ is str.__dict__, vars(str)["upper"] is str.upper)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {bytearray(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), hash("abc") == str.__hash__("abc"))
for T, name in ((str, "lower"), (bytes, "fromhex"), (bytes, "maketrans"), (bytearray, "__init__"), (str, "__new__")):
    print(T.__name__, name, type(getattr(T, name)).__name__, type(T.__dict__[name]).__name__)
print(hasattr("", "translate"), hasattr(b"", "append"), hasattr(bytearray(), "append"), hasattr("", "decode"))
try:
    "".decode
except AttributeError as e:
    print(type(e).__name__, e)
try:
    str.lower = None
except TypeError as e:
    print(type(e).__name__, e)
