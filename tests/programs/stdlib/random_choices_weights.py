import random

random.seed(11)
colors = ["red", "green", "blue"]
print(random.choices(colors))
print(random.choices(colors, k=10))
print(random.choices(colors, weights=[10, 1, 1], k=10))
print(random.choices(colors, cum_weights=[1, 2, 30], k=10))
print(random.choices(colors, [0.5, 0.25, 0.25], k=6))
print(random.choices(range(100), k=5))
print(random.choices(colors, weights=[0, 0, 1], k=4))
print(random.choices("ab", weights=[1.5, 2.5], k=8))
print(random.choices(colors, k=0))
