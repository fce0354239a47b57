# Tests matching None/True/False (identity based) versus equal ints
def kind(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "int zero"
        case 1:
            return "int one"
        case _:
            return "something else"

for v in [None, True, False, 0, 1, 1.0, 0.0, "", []]:
    print(repr(v), "->", kind(v))

def ones(x):
    match x:
        case 1:
            return "equal to 1"
        case _:
            return "not 1"

print(ones(True), ones(1.0), ones(1), ones("1"))
