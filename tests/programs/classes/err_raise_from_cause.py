# Tests an uncaught `raise X from Y`: the last stderr line is the outer user exception.
class ParseError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("cannot parse " + repr(s)) from e


print(parse("12"))
parse("twelve")
