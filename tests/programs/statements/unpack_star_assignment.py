# Tests starred assignment targets: a, *b / *a, b / a, *b, c on lists, tuples, strings, ranges
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = (1, 2, 3, 4)
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = [42]
print(init, last)
(x, y), *others = [(1, 2), (3, 4), (5, 6)]
print(x, y, others)
head, *tail = {"k1": 1, "k2": 2, "k3": 3}
print(head, tail)
[p, *q] = (9, 8, 7)
print(p, q)
a, (b, *c), *d = [0, [1, 2, 3], 4, 5]
print(a, b, c, d)
*everything, = [1, 2, 3]
print(everything)
