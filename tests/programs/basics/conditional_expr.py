# Conditional expressions.
def sign(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"

for v in [-3, 0, 8]:
    print(v, sign(v))
x = 7
print("odd" if x % 2 else "even")
print(10 if True else 20)
print((1 if x > 5 else 2) * 100)
items = []
print("empty" if not items else "has items")
items.append(1)
print("empty" if not items else "has items")
label = "big" if x > 100 else ("medium" if x > 5 else "small")
print(label)
values = [3, -4, 0]
total = 0
for v in values:
    total += v if v > 0 else -v
print(total)
