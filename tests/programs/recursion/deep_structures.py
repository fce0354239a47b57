# Deeply nested data and deep (raised-limit) recursion must not exhaust the native stack.
import sys

x = []
for i in range(200000):
    x = [x]
del x
t = (1,)
for i in range(100000):
    t = (t, {1: t})
t = None
print("freed nested containers")

e = ValueError("x")
for i in range(100000):
    e = ValueError(e)
try:
    s = str(e)
    print("str of nested exceptions", len(s))
except RecursionError as r:
    print("RecursionError:", r)
e = None

sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())


def depth(n):
    return depth(n - 1) + 1 if n else 0


print(depth(50000))
try:
    depth(10**6)
except RecursionError as r:
    print("RecursionError:", r)
