# Printing a receipt with %-formatting and str.format.
items = [("Coffee", 2, 3.5), ("Bagel", 1, 2.25), ("Orange juice", 3, 4.0), ("Muffin", 2, 2.95)]
TAX = 0.0825
print("%-15s %3s %8s" % ("Item", "Qty", "Amount"))
print("=" * 28)
subtotal = 0.0
for name, qty, price in items:
    amount = qty * price
    subtotal += amount
    print("%-15s %3d %8.2f" % (name, qty, amount))
print("-" * 28)
tax = subtotal * TAX
print("{:<19}{:>9.2f}".format("Subtotal", subtotal))
print("{:<19}{:>9.2f}".format("Tax (%.2f%%)" % (TAX * 100), tax))
print("{:<19}{:>9.2f}".format("Total", subtotal + tax))
print("Paid with {0}; change due {1:.2f} from {2:d}".format("cash", 40 - (subtotal + tax), 40))
count = 0
for name, qty, price in items:
    count += qty
print("%d items, average %.3f per item" % (count, subtotal / count))
