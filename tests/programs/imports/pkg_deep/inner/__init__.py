print("init pkg_deep.inner")
LEVEL = 1
