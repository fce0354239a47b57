import mod_wrap_err

print(mod_wrap_err.safe_validate(1))
try:
    mod_wrap_err.safe_validate(-1)
except mod_wrap_err.WrappedError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
mod_wrap_err.safe_validate(-2)
