# A formatted report using f-strings.
inventory = [
    ("widget", 4, 3.5),
    ("gadget", 12, 12.25),
    ("doohickey", 1, 199.99),
    ("thingamajig", 250, 0.05),
]
print(f"{'item':<12}{'qty':>6}{'price':>10}{'total':>12}")
print("-" * 40)
grand = 0.0
for name, qty, price in inventory:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>6}{price:>10.2f}{total:>12,.2f}")
print("-" * 40)
print(f"{'TOTAL':<28}{grand:>12,.2f}")
print(f"{'items:':<8}{len(inventory):03d}")
share = 0.0
for name, qty, price in inventory:
    share = qty * price / grand
    print(f"{name:.<16}{share:>8.2%}")
