print("loading")
from mod_raises_custom import ConfigError
