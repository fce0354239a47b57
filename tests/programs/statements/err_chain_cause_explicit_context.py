# Tests raise-from inside an except block: the cause is shown, not the handled exception
def convert(items):
    try:
        return [int(x) for x in items]
    except ValueError:
        try:
            return [float(x) for x in items]
        except ValueError as inner:
            raise TypeError("items are not numeric") from inner

print(convert(["1", "2"]))
print(convert(["1.5", "2"]))
print(convert(["1", "x"]))
