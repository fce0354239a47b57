import pkg_lazy

print(pkg_lazy.TOP)
try:
    print(pkg_lazy.part.PART)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(pkg_lazy, "part"))
import pkg_lazy.part
print(pkg_lazy.part.PART)
print(hasattr(pkg_lazy, "part"))
