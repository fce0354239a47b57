# Uncaught exception raised while handling another one (implicit chaining).
def parse_all(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError:
            print("bad item", repr(item))
            raise TypeError("expected numeric strings only")
    return out

print(parse_all(["1", "2"]))
print(parse_all(["3", "four", "5"]))
