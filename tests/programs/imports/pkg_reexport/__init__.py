from .core import Engine, start
from .extras import *
from . import core as _core_module

__all__ = ["Engine", "start", "VERSION", "bonus"]
VERSION = "1.2"
