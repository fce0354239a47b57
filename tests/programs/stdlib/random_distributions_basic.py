import random

random.seed(123)
print([random.uniform(1, 10) for _ in range(3)])
print(random.uniform(5, -5), random.uniform(2, 2))
print([random.gauss(0, 1) for _ in range(4)])
print([random.gauss(100, 15) for _ in range(2)], random.gauss())
print([random.normalvariate(0, 1) for _ in range(3)], random.normalvariate())
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)], random.expovariate(0.1))
print([random.triangular() for _ in range(2)], random.triangular(0, 10, 8))
print(random.triangular(5, 1), random.triangular(3, 3), random.triangular(0, 1, 0.0))
