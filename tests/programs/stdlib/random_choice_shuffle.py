import random

random.seed(99)
items = ["apple", "banana", "cherry", "date", "elder", "fig"]
print([random.choice(items) for _ in range(8)])
print(random.choice("abcdefghij"), random.choice(range(100, 200)), random.choice((1, 2, 3)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
words = items[:]
random.shuffle(words)
print(words, sorted(words) == sorted(items))
one = [42]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)
random.seed(99)
print(random.choice(items))
