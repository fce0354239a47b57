"""A module with a docstring."""

NAME = "values"


def ident(x):
    return x
