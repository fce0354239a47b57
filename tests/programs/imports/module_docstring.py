import mod_values
import mod_small

print(mod_values.__doc__)
print(mod_small.__doc__)
