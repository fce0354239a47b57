# Iterating over keys, values and items; reversed dict order.
def length(s):
    return len(s)

prices = {"apple": 0.5, "bread": 2.25, "cheese": 7.0, "dates": 3.5}
for k in prices:
    print(k, end=" ")
print()
for k in prices.keys():
    print(k.upper(), end=" ")
print()
total = 0
for v in prices.values():
    total += v
print("total", total)
for name, price in prices.items():
    if price > 2:
        print(f"{name}: {price:.2f}")
for k in reversed(prices):
    print(k, end=",")
print()
for k in sorted(prices, key=length):
    print(k, len(k))
print(max(prices), min(prices.values()), sum(prices.values()))
def by_price(k):
    return prices[k]
print(max(prices, key=by_price), sorted(prices, key=by_price, reverse=True))
print(list(enumerate(prices)))
