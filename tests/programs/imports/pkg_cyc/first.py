print("first start")
from . import second


def ping(n):
    if n == 0:
        return "ping-done"
    return second.pong(n - 1)


print("first end")
