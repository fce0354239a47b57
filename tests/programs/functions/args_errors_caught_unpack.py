# Tests caught TypeError messages for bad * and ** unpacking at call sites.
def f(*args, **kw):
    return args, kw

def g(a, b):
    return a + b

try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, *5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[("a", 1)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=0, **{"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(*[1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, **{"a": 5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(**{"a": 1, "b": 2, "c": 3})
except TypeError as e:
    print(type(e).__name__, e)
print("ok:", f(*[1], **{"k": 2}))
