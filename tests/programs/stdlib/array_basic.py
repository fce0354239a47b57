# array.array: construction from each kind of initializer, the typecode and itemsize
# attributes, len, indexing, iteration, `in`, repr and tolist.
import array
from array import array as A

print(array.typecodes)
print(array.ArrayType is array.array, A is array.array)
print(array.array, type(A('b')).__name__, A.__module__)

for tc in "bBhHiIlLqQfd":
    a = A(tc, [1, 2, 3])
    print(tc, a.typecode, a.itemsize, len(a), a, a.tolist())

print(A("d"), A("B", []), repr(A("i")))
print(A("h", range(-3, 3)))
print(A("l", (10, 20, 30)))
print(A("d", (x / 4 for x in range(5))))
print(A("i", A("b", [-1, 0, 1])), A("d", A("I", [7, 8])))
src = A("H", [5, 6])
copy = A("H", src)
copy.append(7)
print(src, copy)

a = A("i", [10, 20, 30, 40])
print(a[0], a[3], a[-1], a[-4])
total = 0
for x in a:
    total += x
print(total, [x * 2 for x in a], list(a), tuple(a))
print(20 in a, 25 in a, 20.0 in a, "x" in a)
print(sum(A("d", [0.5, 1.5])), max(a), min(a), sorted(A("b", [3, -1, 2])))
print(list(reversed(a)), list(enumerate(A("B", [9, 8]))))
print(bool(A("b")), bool(A("b", [0])))
print(isinstance(a, A), isinstance(a, list), type(a) is A)
print(str(A("q", [2**62, -2**63])), A("Q", [2**64 - 1]))
b = A("b")
for i in range(5):
    b.append(i * i)
print(b, len(b))
