# Tests TypeError: 'NoneType' object is not callable (decorator forgot to return).
def bad_deco(fn):
    print("decorating", fn.__name__)

@bad_deco
def work():
    return 1

print("work is None:", work is None)
work()
