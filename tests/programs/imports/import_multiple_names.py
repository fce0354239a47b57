import mod_multi_a, mod_multi_b as mb
import mod_multi_a as x, mod_multi_b

print(mod_multi_a.NAME, mb.NAME)
print(mod_multi_a.who())
print(mb.who())
print(x is mod_multi_a, mb is mod_multi_b)
for m in (mod_multi_a, mod_multi_b):
    print(m.__name__, m.NAME, m.who())
