import random

for s in [0, 1, 42, 12345, 2**32 - 1, 2**32, 999999999999]:
    random.seed(s)
    print(s, [random.random() for _ in range(3)])
    print("  ", random.getrandbits(32), random.randint(0, 100), random.randrange(1000))
random.seed(7)
a = [random.random() for _ in range(5)]
random.seed(7)
b = [random.random() for _ in range(5)]
print(a == b, a[4])
