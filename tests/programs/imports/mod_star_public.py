alpha = 1
beta = "two"
_hidden = "secret"
__dunder_like = "x"


def visible():
    return "visible"


def _private():
    return "private"


class Thing:
    kind = "thing"
