# Inventory with nested dicts: restock, sell, report.
stock = {
    "apple": {"qty": 50, "price": 0.4},
    "pear": {"qty": 0, "price": 0.6},
    "melon": {"qty": 7, "price": 2.5},
}

def sell(item, n):
    entry = stock.get(item)
    if entry is None:
        return f"unknown item {item!r}"
    if entry["qty"] < n:
        return f"only {entry['qty']} {item} left"
    entry["qty"] -= n
    return f"sold {n} {item} for {n * entry['price']:.2f}"

def restock(item, n, price=None):
    if item not in stock:
        stock[item] = {"qty": 0, "price": price or 1.0}
    stock[item]["qty"] += n
    if price is not None:
        stock[item]["price"] = price

print(sell("apple", 10))
print(sell("pear", 1))
print(sell("kiwi", 1))
restock("pear", 20)
restock("kiwi", 5, 0.9)
print(sell("pear", 1))
for name in sorted(stock):
    e = stock[name]
    print(f"{name:<6} qty={e['qty']:>3} value={e['qty'] * e['price']:8.2f}")
out_of_stock = []
for name, e in stock.items():
    if e["qty"] == 0:
        out_of_stock.append(name)
print(out_of_stock, len(stock))
