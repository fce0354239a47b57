print("init pkg_deep.inner.leafpkg.leaf")
LEVEL = 3


def where():
    return __name__
