NAME = "b"


def who():
    return "module b"
