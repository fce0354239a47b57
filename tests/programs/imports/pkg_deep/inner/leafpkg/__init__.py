print("init pkg_deep.inner.leafpkg")
LEVEL = 2
