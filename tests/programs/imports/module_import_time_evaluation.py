import mod_defaults

print(mod_defaults.with_default(1))
mod_defaults.BASE = 1000
print(mod_defaults.with_default(1))
print(mod_defaults.with_default(1, 2))
print(mod_defaults.mul(3, 4), mod_defaults.mul(5, 6))
print(mod_defaults.log)
print(mod_defaults.mul.__name__)
print(mod_defaults.table)
print(mod_defaults.risky)
