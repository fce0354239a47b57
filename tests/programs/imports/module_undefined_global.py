import mod_undefined

print(mod_undefined.uses_later())
try:
    mod_undefined.uses_missing()
except NameError as e:
    print("NameError:", e)
mod_undefined.undefined_thing = 1
print(mod_undefined.uses_missing())
mod_undefined.undefined_thing = "s"
mod_undefined.uses_missing()
