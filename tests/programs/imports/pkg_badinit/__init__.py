print("pkg_badinit init")
from .good import GOOD
from .bad import BAD
