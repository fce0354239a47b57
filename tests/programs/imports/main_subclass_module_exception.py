import mod_errors


class LocalError(mod_errors.AppError):
    def __str__(self):
        return "local:" + str(self.args[0])


try:
    raise LocalError("first")
except mod_errors.AppError as e:
    print(type(e).__name__, str(e), isinstance(e, Exception))
print(LocalError.__mro__[1].__module__, LocalError.__module__)
raise LocalError("uncaught")
