import mod_errors

print("validating")
print(mod_errors.validate(3))
mod_errors.validate(-7)
print("unreachable")
