import mod_errors


class WrappedError(Exception):
    pass


def safe_validate(age):
    try:
        return mod_errors.validate(age)
    except mod_errors.AppError as e:
        raise WrappedError("wrapped: " + str(e)) from e
