# Tests an uncaught exception with an implicit __context__ (raised while handling another)
def load(config):
    try:
        return config["path"]
    except KeyError:
        print("handling missing key, then failing again")
        return config["fallback"].upper()

print(load({"path": "/tmp"}))
print(load({}))
