import pkg_override

print(pkg_override.helper)
import pkg_override.helper
print(type(pkg_override.helper).__name__)
print(pkg_override.helper.VALUE)
from pkg_override import helper
print(helper.VALUE)
