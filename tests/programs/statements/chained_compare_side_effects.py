# Tests chained comparisons: middle operands evaluated once and short-circuit order
def v(label, value):
    print("eval", label)
    return value

print("result:", v("a", 1) < v("b", 2) < v("c", 3))
print("---")
print("result:", v("a", 1) < v("b", 0) < v("c", 3))
print("---")
print("result:", v("a", 5) > v("b", 4) > v("c", 3) > v("d", 9))
print("---")
print("result:", v("a", 1) == v("b", 1) != v("c", 2))
print("---")
x = 5
print(1 < x < 10, 1 < x > 10, 10 > x >= 5, x == 5 == 5.0)
print(1 < 2 > 0 < 3 != 4)
print(0 < 0 < v("never", 1))
