import random

seeds = [-1, -42, -(2**31), 2**64, 2**64 + 1, -(2**64), 10**50, -(10**50), 2**200 - 1, 3**300]
for s in seeds:
    random.seed(s)
    print(str(s)[:20], random.random(), random.getrandbits(16), random.randint(1, 6))
random.seed(5)
x = random.random()
random.seed(-5)
print(x == random.random())
random.seed(True)
t = random.random()
random.seed(1)
print(t == random.random())
