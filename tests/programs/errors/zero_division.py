# Uncaught ZeroDivisionError after some output.
def average(values):
    return sum(values) / len(values)

groups = [[1, 2, 3], [10, 20], [5]]
for g in groups:
    print("average of", g, "is", average(g))
groups.append([])
print("about to average", len(groups), "groups")
for g in groups:
    print(average(g))
print("unreachable")
