# Tests exception classes with custom __init__ calling super().__init__(msg) and extra attributes.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class HttpError(Exception):
    def __init__(self, code, msg="error"):
        super().__init__(code, msg)
        self.code = code


try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(str(e))
    print(e.args, e.field, e.problem)
try:
    raise HttpError(404, "not found")
except HttpError as e:
    print(str(e), e.args, e.code)
try:
    raise HttpError(500)
except Exception as e:
    print(str(e), e.args, e.code, repr(e))
