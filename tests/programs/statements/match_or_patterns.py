# Tests or-patterns combining literals, sequences and captures bound in every alternative
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 400 | 404 | 418:
            return "client error"
        case _:
            return "other"

for s in [200, 204, 302, 418, 500]:
    print(s, http(s))

def pick(cmd):
    match cmd:
        case ["go", d] | ["move", d]:
            return f"moving {d}"
        case ("quit",) | ["exit"] | "q":
            return "bye"
        case [x] | [_, x] | [_, _, x]:
            return f"last-ish {x}"
    return "no match"

for c in [["go", "north"], ["move", "east"], ("quit",), "q", ["exit"], [1], [1, 2, 3], [1, 2, 3, 4]]:
    print(repr(c), "->", pick(c))
