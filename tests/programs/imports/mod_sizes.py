def size(x):
    return len(x)


def biggest(items):
    return max(items)
