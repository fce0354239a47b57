# Tests lambdas that return lambdas (currying) and capture arguments.
adder = lambda a: lambda b: a + b
add5 = adder(5)
print(add5(1), add5(10), adder(100)(1))

curry3 = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry3(1)(2)(3))
step = curry3(9)
print(step(0)(0), step(1)(1))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(10), compose(dbl, inc)(10))

twice = lambda f: lambda x: f(f(x))
print(twice(inc)(0), twice(twice(dbl))(1))

fs = [(lambda n: lambda: n * n)(i) for i in range(4)]
print([f() for f in fs])
