from .. import config
from ..util import tag as make_tag
