import random

for s in ["", "a", "hello", "hello world", "pyaot", "ünïcödé", "€uro", "x" * 100]:
    random.seed(s)
    print(repr(s[:12]), random.random(), random.randrange(10**6))
random.seed("abc")
a = random.random()
random.seed("abc", version=2)
print(a == random.random())
