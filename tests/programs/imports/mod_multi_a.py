NAME = "a"


def who():
    return "module a"
