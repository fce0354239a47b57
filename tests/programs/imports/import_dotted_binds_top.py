import pkg_deep.inner.leafpkg.leaf

print(pkg_deep.LEVEL)
print(pkg_deep.inner.LEVEL)
print(pkg_deep.inner.leafpkg.LEVEL)
print(pkg_deep.inner.leafpkg.leaf.LEVEL)
print(pkg_deep.inner.leafpkg.leaf.where())
try:
    print(inner)
except NameError as e:
    print("NameError:", e)
try:
    print(leaf)
except NameError as e:
    print("NameError:", e)
