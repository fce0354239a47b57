# Tests TypeError: <lambda>() takes 1 positional argument but 2 were given.
sq = lambda x: x * x
print(sq(4))
pairs = [(1, 2), (3, 4)]
print(sorted(pairs, key=lambda p: p[1]))
add = lambda a, b=1: a + b
print(add(1), add(1, 2))
print(sq(*[3]), sq(x=5))
print("calling lambda with two args")
sq(1, 2)
