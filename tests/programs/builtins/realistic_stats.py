# Realistic use of many builtins: a tiny statistics report.
data = [23, 7, 42, 15, 8, 16, 4, 42, 35, 11]
n = len(data)
total = sum(data)
mean = total / n
ordered = sorted(data)
median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2
freq = {}
for v in data:
    freq[v] = freq.get(v, 0) + 1
mode = None
best = 0
for v, c in freq.items():
    if c > best:
        best = c
        mode = v
var = 0
for v in data:
    var += (v - mean) ** 2
var /= n
print("n", n, "sum", total, "mean", mean, "median", median, "mode", mode)
print("min", min(data), "max", max(data), "range", max(data) - min(data))
print("variance", round(var, 4), "stdev", round(var ** 0.5, 4))
above = 0
for v in data:
    if v > mean:
        above += 1
print("above mean", above, "all positive", all(data), "any top two", any(ordered[-2:]))
for i, v in enumerate(ordered):
    print(f"{i:>2} {v:>3} {'*' * (v // 4)}")
print(list(zip(ordered[:3], reversed(ordered[-3:]))))
