# Tests 'raise X from None', which suppresses the context in the printed traceback
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry named {key}") from None

table = {"a": 1}
print(lookup(table, "a"))
lookup(table, "b")
