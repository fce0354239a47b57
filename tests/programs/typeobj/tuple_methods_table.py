# tuple as its table declares it, from CPython's Lib/test/test_tuple.py and
# seq_tests.py: index/count, the operator dunders called directly (a non-tuple is
# NotImplemented for comparisons but a TypeError for +), hashes, vars(tuple).
t0_3 = (0, 1, 2, 3)
print(tuple(), tuple(t0_3) is t0_3, tuple("spam"), tuple(x for x in range(10) if x % 2), tuple({1: 2}))
u = (0, 1, 2, 3, 4, 0)
print(u.index(0), u.index(0, 1), u.index(0, -2), u.index(4, 0, 5), u.count(0), u.count(9), tuple.count(u, 1))
print(u.__getitem__(-1), u.__getitem__(slice(1, 4)), u.__len__(), u.__contains__(4), tuple.__contains__(u, 7))
print((1,).__add__((2,)), (1, 2).__mul__(2), (1,).__rmul__(3), (1, 2).__mul__(-1), (1,).__mul__(True))
print((1,).__lt__([1]), (1,).__eq__([1]), (1,).__eq__((1,)), (1, 2).__lt__((1, 3)), tuple.__ge__((2,), (1, 5)))
print(hash(()), hash((0,)), hash((0.5, (), (-2, 3, (4, 6)))), (1, 2).__hash__() == hash((1, 2)))
print((1, 2).__getnewargs__(), list((3, 4).__iter__()), tuple.__repr__((1, "a")), tuple[int], (1,).__class_getitem__(str))
x = (0, 1)
y = x
x += (2, 3)
y *= 2
print(x, y, x is not y, 2 * (5,), (5,) * 0)
print(sorted(vars(tuple)), type(tuple.__dict__["index"]).__name__, type(tuple.__dict__["__add__"]).__name__)


class I:
    def __index__(self):
        return 2


print((7,).__mul__(I()), (8,).__rmul__(I()))
for f in [lambda: (1,).__add__([1]), lambda: (1,) + [1], lambda: (1,).__mul__("a"), lambda: (1,).__rmul__(1.5),
          lambda: (1,).__mul__(10**30), lambda: (1,).index(), lambda: (1,).index(1, 2, 3, 4), lambda: (1,).index(2),
          lambda: (1,).count(), lambda: (1,).__getitem__("a"), lambda: ().__getitem__(0), lambda: tuple.count([], 1),
          lambda: tuple(sequence=()), lambda: tuple(1, 2), lambda: tuple.__len__([]), lambda: hash(([],)),
          lambda: (1,).index(1, "a"), lambda: (1, 2).__getitem__(slice(0, 10, 0))]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
