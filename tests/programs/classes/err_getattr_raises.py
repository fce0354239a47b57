# Tests uncaught AttributeError raised by a __getattr__ hook with its own message.
class Strict:
    def __init__(self):
        self.ok = "fine"

    def __getattr__(self, name):
        raise AttributeError(f"Strict refuses {name!r}")


s = Strict()
print(s.ok)
print(getattr(s, "nope", "default"))
print(s.missing_thing)
