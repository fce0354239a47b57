import pkg_rel.sub.worker
import mod_small

print(mod_small.__package__ == "")
print(pkg_rel.__package__)
print(pkg_rel.sub.__package__)
print(pkg_rel.sub.worker.__package__)
print(pkg_rel.sub.worker.__name__)
print(__name__)
