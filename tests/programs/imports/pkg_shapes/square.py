print("init pkg_shapes.square")


def area(side):
    return side * side
