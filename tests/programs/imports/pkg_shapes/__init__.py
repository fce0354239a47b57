print("init pkg_shapes")
DEFAULT_COLOR = "red"


def describe():
    return "shapes package"
