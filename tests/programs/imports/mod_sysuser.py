import sys


def arg_count():
    return len(sys.argv)


def script_name():
    return sys.argv[0].replace("\\", "/").split("/")[-1]
