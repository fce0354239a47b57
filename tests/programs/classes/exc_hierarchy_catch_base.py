# Tests a user exception hierarchy: catching subclasses via a base class and handler order.
class AppError(Exception):
    pass


class DbError(AppError):
    pass


class NetError(AppError):
    pass


class TimeoutErr(NetError):
    pass


def fail(kind):
    if kind == "db":
        raise DbError("db down")
    if kind == "net":
        raise NetError("no route")
    if kind == "timeout":
        raise TimeoutErr("too slow")
    if kind == "value":
        raise ValueError("bad")
    return "ok"


for kind in ["db", "net", "timeout", "value", "none"]:
    try:
        print(fail(kind))
    except NetError as e:
        print("NetError handler:", type(e).__name__, e)
    except AppError as e:
        print("AppError handler:", type(e).__name__, e)
    except Exception as e:
        print("generic handler:", type(e).__name__, e)
try:
    fail("timeout")
except (DbError, TimeoutErr) as e:
    print("tuple handler:", type(e).__name__)
