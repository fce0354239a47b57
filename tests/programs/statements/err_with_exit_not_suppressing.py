# Tests that an exception passes through __exit__ (which returns None) and ends the program
class Logger:
    def __enter__(self):
        print("entering")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exiting with", exc_type.__name__)

with Logger():
    print("about to fail")
    raise KeyError("config")
