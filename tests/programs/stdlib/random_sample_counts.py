import random

random.seed(314)
pop = list(range(50))
print(random.sample(pop, 5))
print(random.sample(pop, 0), len(random.sample(pop, 50)))
print(random.sample(range(10**9), 4))
print(random.sample("abcdefg", 3), random.sample(("x", "y", "z"), 3))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(5), k=5, counts=[1, 2, 3, 0, 1]))
big = random.sample(range(1000), 30)
print(big, len(big), all(big.count(x) == 1 for x in big))
print(random.sample(list(range(200)), 10))
