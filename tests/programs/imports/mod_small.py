present = "here"


def func():
    return "func"
