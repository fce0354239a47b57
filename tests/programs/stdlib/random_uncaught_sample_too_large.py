import random

random.seed(3)
for k in [1, 3, 5, 7]:
    print(k, random.sample(range(6), k))
