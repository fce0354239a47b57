import mod_errors
from mod_errors import AppError, NotFound

print(mod_errors.validate(5))
try:
    mod_errors.validate(-1)
except mod_errors.ValidationError as e:
    print("caught", type(e).__name__, e, e.field)
try:
    mod_errors.lookup("k", {"a": 1})
except AppError as e:
    print("caught base", type(e).__name__, repr(e), e.args)
print(mod_errors.lookup("a", {"a": 1}))
print(issubclass(NotFound, AppError), issubclass(AppError, Exception))
print(mod_errors.ValidationError.__module__)
print(mod_errors.ValidationError.__mro__[1].__name__)
try:
    raise NotFound("raised in main")
except mod_errors.NotFound as e:
    print("caught", e)
