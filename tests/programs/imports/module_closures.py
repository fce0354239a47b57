import mod_closures
from mod_closures import make_adder, make_counter

add5 = make_adder(5)
print(add5(1), add5(10))
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
s = mod_closures.make_scaler()
print(s(3))
mod_closures.scale = 100
print(s(3))
fs = [make_adder(i) for i in range(3)]
print([f(10) for f in fs])
print(list(map(mod_closures.make_adder(-1), [1, 2, 3])))
