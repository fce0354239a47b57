import pkg_cyc

print(pkg_cyc.first.ping(3))
print(pkg_cyc.first.ping(4))
print(pkg_cyc.second.first is pkg_cyc.first)
