# Tests that str and bytes do not match sequence patterns, while lists and tuples do
def check(x):
    match x:
        case [a, b]:
            return f"sequence of two: {a!r} {b!r}"
        case str():
            return "a string"
        case bytes():
            return "bytes"
        case _:
            return "other"

print(check("ab"))
print(check(b"ab"))
print(check(["a", "b"]))
print(check(("a", "b")))
print(check({"a": 1, "b": 2}))
print(check(bytearray(b"ab")))
