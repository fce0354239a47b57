from . import util
from .util import clamp

NAME = "pkg_rel"
