# Attribute sites stay right when classes change after the first accesses.
class A:
    x = 1
    def f(self):
        return "A.f"

def read(o):
    return o.x

def call(o):
    return o.f()

a = A()
print(read(a), call(a))
A.x = 2
print(read(a), call(a))
A.f = lambda self: "new f"
print(read(a), call(a))
a.x = 10
print(read(a), call(a))
del a.x
print(read(a))
a.f = lambda: "instance f"
print(call(a))
del a.f
print(call(a))
del A.f
try:
    call(a)
except AttributeError as e:
    print("AttributeError:", e)
A.__dict__  # reading it changes nothing
setattr(A, "f", lambda self: "set again")
print(call(a))
for i in range(3):
    A.x = i * 100
    print(read(a) if i != 1 else read(A()))
