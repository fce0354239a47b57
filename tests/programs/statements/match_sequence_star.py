# Tests sequence patterns with fixed length and *rest captures on lists and tuples
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one element {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first={first} middle={middle} last={last}"
        case [first, *rest]:
            return f"long: first={first} rest={rest}"

for s in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), [1, 2, 3, 4, 5, 6], range(3)]:
    print(repr(s), "->", shape(s))

match (1, 2, 3, 4):
    case (*head, 4):
        print("head", head, "is list:", isinstance(head, list))

match [1, [2, 3], 4]:
    case [a, [b, *c], d]:
        print("nested", a, b, c, d)

match [0, 0, 1]:
    case [*_, 1]:
        print("ends with 1")
