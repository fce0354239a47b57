import random

random.seed(8)
bags = [["a", "b"], ["c"], []]
for bag in bags:
    print(len(bag), random.choice(bag))
print("unreachable")
