def public(x):
    """Return x."""
    return x


class Holder:
    def method(self):
        return 1
