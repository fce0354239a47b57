# None is a singleton and the result of functions without return.
def nothing():
    pass

def early(x):
    if x > 0:
        return
    return x

r = nothing()
print(r)
print(r is None)
print(r is not None)
print(early(5))
print(early(-5))
print(None == None)
print(None == 0)
print(None == False)
print(repr(None), str(None))
print(type(None).__name__)
v = None
if not v:
    print("None is falsy")
print([None, None])
