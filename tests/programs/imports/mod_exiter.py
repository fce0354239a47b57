import sys


def finish(code):
    print("finishing with", code)
    sys.exit(code)


def fail(msg):
    sys.exit(msg)
