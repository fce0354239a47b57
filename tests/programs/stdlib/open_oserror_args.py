# OSError's constructor: errno, strerror and filename, and the subclass for an errno.
def show(e):
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)


show(OSError(2, "No such file or directory", "data.txt"))
show(OSError(2, "No such file or directory"))
show(OSError(17, "File exists", "a", None, "b"))
show(OSError(13, "Permission denied"))
show(OSError(21, "Is a directory", 7))
show(OSError(20, "Not a directory", None))
show(OSError(99999, "odd"))
show(OSError("just a message"))
show(OSError())
show(OSError(1, 2, 3, 4, 5, 6))
show(FileNotFoundError(2, "gone", "x"))
show(FileNotFoundError("plain"))
show(IOError(2, "alias"))
print(IOError is OSError, EnvironmentError is OSError)

try:
    raise OSError(2, "No such file or directory", "config.ini")
except FileNotFoundError as e:
    print("caught", type(e).__name__, e)


class StoreError(OSError):
    pass


e = StoreError(5, "I/O error", "disk")
print(type(e).__name__, e, e.args, e.errno, e.filename)
try:
    raise e
except OSError as caught:
    print(caught is e, isinstance(caught, StoreError))

for exc in [IsADirectoryError, NotADirectoryError, PermissionError, FileExistsError]:
    print(exc.__name__, issubclass(exc, OSError))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeEncodeError, ValueError))
