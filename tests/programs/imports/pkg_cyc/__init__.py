print("pkg_cyc init start")
from . import first
print("pkg_cyc init end")
