print("pkg_badinit.good loading")
GOOD = "good"
