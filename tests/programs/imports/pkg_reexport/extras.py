__all__ = ["bonus"]


def bonus():
    return "bonus!"


def not_listed():
    return "hidden"
