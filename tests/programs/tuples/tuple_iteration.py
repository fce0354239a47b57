# Iterating over tuples, zip of tuples and tuple building.
days = ("mon", "tue", "wed", "thu", "fri")
hours = (8, 7.5, 9, 6, 4)
total = 0
for d, h in zip(days, hours):
    total += h
    print(d, h)
print("total", total)
acc = ()
for i in range(5):
    acc = acc + (i * i,)
print(acc)
print(tuple(reversed(acc)), list(acc))
print(tuple(enumerate(days[:2])))
longest = ""
for d in days:
    if len(d) >= len(longest):
        longest = d
print(longest)
idx = 0
while idx < len(days):
    print(idx, days[idx].upper())
    idx += 2
print(days.index("wed"), "sat" in days)
