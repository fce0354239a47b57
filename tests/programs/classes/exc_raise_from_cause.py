# Tests `raise X from Y` setting __cause__, implicit __context__, and `from None`.
class ConfigError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad number {s!r}") from e


def parse_quiet(s):
    try:
        return int(s)
    except ValueError:
        raise ConfigError("quiet") from None


def parse_implicit(s):
    try:
        return int(s)
    except ValueError:
        raise ConfigError("implicit")


print(parse("42"))
try:
    parse("x1")
except ConfigError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)
try:
    parse_quiet("z")
except ConfigError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    parse_implicit("q")
except ConfigError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__context__)
