# Grade book: averages, letter grades and ranking.
scores = {
    "ana": [92, 88, 95],
    "ben": [75, 64, 80],
    "cai": [58, 71, 62],
    "dee": [88, 91, 79],
    "eli": [100, 97, 99],
}

def letter(avg):
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    elif avg >= 60:
        return "D"
    return "F"

averages = {}
for name, marks in scores.items():
    averages[name] = sum(marks) / len(marks)

def avg_of(name):
    return averages[name]

for rank, name in enumerate(sorted(averages, key=avg_of, reverse=True), 1):
    avg = averages[name]
    print(f"{rank}. {name:<4} {avg:6.2f} {letter(avg)}")
dist = {}
for name in averages:
    g = letter(averages[name])
    dist[g] = dist.get(g, 0) + 1
print(dict(sorted(dist.items())))
print(round(sum(averages.values()) / len(averages), 3))
