import pkg_rel

print(pkg_rel.NAME)
print(pkg_rel.clamp(15, 0, 10))
print(pkg_rel.util.clamp(-3, 0, 10))
print(pkg_rel.util.tag("x"))
print(pkg_rel.util.__name__)
print(pkg_rel.clamp is pkg_rel.util.clamp)
