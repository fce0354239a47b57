items = [1, 2]
config = {"debug": False}


def snapshot():
    return list(items), dict(config)
