import pkg_reexport
from pkg_reexport import Engine, VERSION

print(pkg_reexport.start())
print(Engine(7).run())
print(VERSION)
print(pkg_reexport.bonus())
print(Engine.__module__)
print(pkg_reexport.core.Engine is Engine)
print(pkg_reexport._core_module is pkg_reexport.core)
print(hasattr(pkg_reexport, "not_listed"))
print(pkg_reexport.extras.not_listed())
