import mod_small

print(mod_small.func())
mod_small.not_there()
