import mod_funcs_meta
from mod_funcs_meta import public, Holder


def local():
    pass


print(public.__module__)
print(Holder.method.__module__)
print(local.__module__)
print(public.__name__, public.__qualname__, Holder.method.__qualname__)
