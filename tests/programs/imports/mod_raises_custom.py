class ConfigError(Exception):
    pass


raise ConfigError("bad config at import time")
