import mod_shadow
from mod_shadow import max

print(mod_shadow.measure("abc"))
print(mod_shadow.real_measure("abcd"))
print(len("abc"))
print(max(1, 2))
print(mod_shadow.calls)
