# Uncaught exception raised with "from"; the last stderr line is the outer exception.
def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise RuntimeError("configuration incomplete: " + key) from e

cfg = {"host": "localhost"}
print(load(cfg, "host"))
print(load(cfg, "port"))
