X = 1
items = []


def get_x():
    return X


def scaled(n):
    return n * X


def add_item(v):
    items.append(v)
    return len(items)
