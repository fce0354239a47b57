# Tests chained comparisons mixing 'in', 'not in', 'is' and 'is not' with side effects
def v(label, value):
    print("eval", label)
    return value

print(1 in [1, 2] in [[1, 2], [3]])
print(v("a", 2) in v("b", [1, 2]) not in v("c", [[3]]))
print("---")
print(v("a", 9) in v("b", [1]) in v("c", []))
print("---")
n = None
print(n is None is not False)
print("x" < "y" in "xyz")
lst = [3, 2, 1]
if 0 < len(lst) <= 3 and lst[0] > lst[1] > lst[2]:
    print("descending list of length 1..3")
