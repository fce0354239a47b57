# sys.exit deep inside calls unwinds through finally blocks; exit code 4.
import sys
def inner(n):
    try:
        if n == 0:
            print("exiting from depth 0")
            sys.exit(4)
        inner(n - 1)
    finally:
        print("unwinding", n)
def outer():
    try:
        inner(3)
    except ValueError:
        print("not a ValueError")
outer()
print("unreachable")
