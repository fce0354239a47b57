print("init pkg_deep")
LEVEL = 0
