import random

random.seed(2024)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 15) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(8)])
print([random.randrange(50, 0, -5) for _ in range(8)])
print([random.randrange(-10, -1, 3) for _ in range(8)])
print([random.randint(-3, 3) for _ in range(12)])
print([random.randint(1, 1) for _ in range(3)])
print(random.randrange(2**70), random.randint(-(10**30), 10**30))
print(random.randrange(10**25, 10**26, 12345))
print([random.getrandbits(k) for k in [1, 2, 8, 31, 32, 33, 64, 100]])
print(random.getrandbits(0), random.getrandbits(200))
