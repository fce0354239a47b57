from pkg_reexport import *

print(VERSION)
print(start())
print(bonus())
print(Engine(1).run())
try:
    print(core)
except NameError as e:
    print("NameError:", e)
try:
    print(_core_module)
except NameError as e:
    print("NameError:", e)
