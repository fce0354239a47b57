# Tests an uncaught exception with an explicit __cause__ (raise X from Y) in the traceback
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not parse {text!r}") from e

total = 0
for item in ["12", "30"]:
    total += parse(item)
print("total so far:", total)
print(parse("twelve"))
