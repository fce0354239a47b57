# Tests capture patterns, the wildcard, and that captures remain bound after the match
def first(x):
    match x:
        case 0:
            return "zero literal"
        case n:
            return f"captured {n!r}"

print(first(0), first(7), first("s"), first(None))

match (1, 2):
    case _:
        print("wildcard always matches")

match 99:
    case value:
        pass
print("capture still bound after match:", value)

match [10, 20]:
    case [a, _]:
        print("a =", a)

match "text":
    case 5:
        print("no")
print("no case matched, nothing happened")
