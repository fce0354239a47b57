import random

for s in ["", "a", "abc", "hello world", "ünï"]:
    random.seed(s, version=1)
    v1 = random.random()
    random.seed(s, version=2)
    v2 = random.random()
    print(repr(s), v1, v2, v1 == v2)
random.seed(12, version=1)
a = random.random()
random.seed(12)
print(a == random.random())
