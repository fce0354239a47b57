print("second start")
from . import first


def pong(n):
    if n == 0:
        return "pong-done"
    return first.ping(n - 1)


print("second end")
