import random

for s in [0.0, 0.5, 1.0, -1.5, 3.14159, 1e100, -2.5e-10, 123456.789]:
    random.seed(s)
    print(s, random.random(), random.randint(1, 1000))
random.seed(2.0)
a = random.random()
random.seed(2)
print(a == random.random())
random.seed(None)
r = random.random()
print(type(r).__name__, 0.0 <= r < 1.0)
random.seed()
print(0 <= random.randrange(10) < 10)
