# Tests guards: evaluated only after the pattern matches, with fall-through when false
def check(label, result):
    print("  guard", label, "evaluated")
    return result

def categorize(n):
    match n:
        case int(x) if check("negative", x < 0):
            return "negative"
        case int(x) if check("even", x % 2 == 0):
            return "even"
        case int(x):
            return "odd"
        case str(s) if check("str", True):
            return "string"

for v in [-4, 6, 7, "s"]:
    print(v, "->", categorize(v))

def pair(p):
    match p:
        case (a, b) if a == b:
            return "same"
        case (a, b) if a > b:
            return "descending"
        case (a, b):
            return "ascending"

print(pair((2, 2)), pair((3, 1)), pair((1, 3)))
x = "outer"
match 5:
    case x if x > 10:
        print("no")
    case _:
        print("guard failed but capture already bound x =", x)
