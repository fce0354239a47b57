# Functions returning tuples; divmod-style helpers.
def stats(values):
    n = len(values)
    mean = sum(values) / n
    ordered = sorted(values)
    if n % 2:
        median = ordered[n // 2]
    else:
        median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2
    return n, mean, median, (ordered[0], ordered[-1])

def hms(seconds):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return h, m, s

print(stats([3, 1, 4, 1, 5, 9, 2, 6]))
n, mean, median, (lo, hi) = stats([10, 20, 30])
print(n, mean, median, lo, hi)
for secs in [0, 59, 60, 3599, 3600, 86399, 100000]:
    h, m, s = hms(secs)
    print(secs, "%02d:%02d:%02d" % (h, m, s), hms(secs))
