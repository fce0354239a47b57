# Tests match with literal patterns: ints, strings, floats, negative numbers
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case _:
            return "other: " + repr(x)

for v in [0, 1, -1, 2.5, "hello", "", 42, "bye", 1.0, 0.0, [0]]:
    print(repr(v), "->", describe(v))
