# Tests TypeError: 'int' object is not callable (value fetched from a list).
def get_handlers():
    return [lambda: "ok", 5]

hs = get_handlers()
print(hs[0]())
print(len(hs))
h = hs[1]
print("calling an int")
h()
