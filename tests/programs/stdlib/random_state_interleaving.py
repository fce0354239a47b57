import random

random.seed(555)
out = []
for i in range(6):
    out.append(random.randint(0, 9))
    out.append(round(random.random(), 6))
    out.append(random.choice("xyz"))
print(out)
random.seed(555)
first = random.randint(0, 9)
print(first == out[0])
seq = list(range(10))
random.seed(77)
random.shuffle(seq)
r1 = random.random()
random.seed(77)
random.shuffle(list(range(10)))
print(seq, r1 == random.random())
random.seed(9)
print(random.sample(range(100), 3), random.choices("ab", k=3), random.gauss(5, 2))
