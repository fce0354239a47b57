# `...` and `Ellipsis`: one singleton of type `ellipsis` (test_grammar's test_ellipsis,
# test_compile's Ellipsis subscripts, test_class's extended slices, test_builtin's
# test_construct_singletons).
x = ...
print(x is Ellipsis, x == Ellipsis, x != None)
print(..., Ellipsis, repr(...), str(...), f"{...} {...!r}")
print(type(...).__name__, type(...), type(...) is type(Ellipsis))
print(isinstance(..., type(...)), isinstance(..., object), bool(...))
print(hash(...) == hash(Ellipsis), [..., 1], (...,), {...})

# A dict key and a subscript of dicts.
d = {}
d[...] = 1
print(d[...], ... in d, d)
d[...] += 1
print(d[...])
del d[...]
print(Ellipsis in d)
d[..., ...] = 1
d[..., ...] += 1
print(d[..., ...], d)
del d[..., ...]
print((Ellipsis, Ellipsis) in d, len(d))


# Extended slices reach __getitem__ / __setitem__ / __delitem__ as tuples.
class AllTests:
    def __getitem__(self, key):
        print("getitem", key)
        return key

    def __setitem__(self, key, value):
        print("setitem", key, value)

    def __delitem__(self, key):
        print("delitem", key)


t = AllTests()
t[...]
t[:42, ..., :24:, 24, 100]
t[:42, ..., :24:, 24, 100] = "Strange"
del t[:42, ..., :24:, 24, 100]
print(t[..., 1] == (Ellipsis, 1), t[1:...].stop is ...)

# Calling the type gives the singleton back, as for None and NotImplemented.
for const in None, Ellipsis, NotImplemented:
    tp = type(const)
    print(tp() is const, end=" ")
    try:
        tp(1, 2)
    except TypeError as e:
        print(e, end=" | ")
    try:
        tp(a=1)
    except TypeError as e:
        print(e)


# A default value and a placeholder body.
def stub(a=...):
    ...
    return a is ...


print(stub(), stub(0), stub(...))
try:
    ... < ...
except TypeError as e:
    print(e)
try:
    Ellipsis.foo
except AttributeError as e:
    print(e)
Ellipsis = "shadowed"
print(Ellipsis, ...)
del Ellipsis
print(Ellipsis)

# In annotations and generic aliases it shows as `...`.
from typing import Callable, Tuple

print(Tuple[int, ...], Callable[..., int], tuple[str, ...], list[...])
