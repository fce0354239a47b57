# Tests an uncaught user exception subclass that escapes handlers for a sibling class.
class AppError(Exception):
    pass


class DbError(AppError):
    pass


class NetError(AppError):
    pass


try:
    raise DbError("db first")
except AppError as e:
    print("handled", type(e).__name__, e)
try:
    raise NetError("host unreachable")
except DbError:
    print("not this handler")
