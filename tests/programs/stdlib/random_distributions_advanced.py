import random

random.seed(2718)
print([random.vonmisesvariate(0, 1) for _ in range(3)])
print(random.vonmisesvariate(3.0, 0), random.vonmisesvariate(1.0, 1e-7), random.vonmisesvariate(-1.0, 50))
print([random.gammavariate(0.5, 1) for _ in range(3)])
print([random.gammavariate(1.0, 2) for _ in range(2)])
print([random.gammavariate(5.0, 0.5) for _ in range(3)])
print([random.betavariate(2, 5) for _ in range(3)], random.betavariate(0.5, 0.5))
print([random.paretovariate(3) for _ in range(3)])
print([random.weibullvariate(1, 1.5) for _ in range(3)], random.weibullvariate(2.0, 0.5))
random.seed(1)
print(random.gauss(0, 1), random.gauss(0, 1), random.random())
