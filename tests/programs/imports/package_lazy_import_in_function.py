import pkg_lazyfn

print("imported package")
print(hasattr(pkg_lazyfn, "heavy"))
print(pkg_lazyfn.compute(2))
print(hasattr(pkg_lazyfn, "heavy"))
print(pkg_lazyfn.compute(3))
print(pkg_lazyfn.compute_abs(4))
