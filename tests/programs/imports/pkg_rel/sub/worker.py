from . import helper
from .helper import scale
from ..util import clamp, tag
from ..config import LIMITS
from .. import NAME as PARENT_NAME


def work(x):
    lo, hi = LIMITS
    return tag(str(clamp(scale(x), lo, hi)))


def info():
    return PARENT_NAME + "/" + helper.__name__
