import pkg_deep.inner.leafpkg.leaf as lf
import pkg_deep.inner as inn

print(lf.LEVEL, inn.LEVEL)
print(lf.where())
print(inn.__name__)
try:
    print(pkg_deep)
except NameError as e:
    print("NameError:", e)
import pkg_deep
print(pkg_deep.inner.leafpkg.leaf is lf)
print(pkg_deep.inner is inn)
