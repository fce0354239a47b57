print("pkg_badinit.bad loading")
BAD = [1, 2, 3][10]
