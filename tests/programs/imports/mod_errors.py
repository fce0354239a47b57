class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field + ": " + msg)
        self.field = field


class NotFound(AppError):
    pass


def validate(age):
    if age < 0:
        raise ValidationError("age", "must be non-negative")
    return age


def lookup(key, table):
    if key not in table:
        raise NotFound(key)
    return table[key]
