# Binary search (iterative) and lower bound on a sorted list.
def binary_search(a, target):
    lo = 0
    hi = len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        elif a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def lower_bound(a, target):
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = []
for i in range(0, 1000, 3):
    data.append(i)
for t in [0, 3, 999, 500, 501, 996, -5, 2000]:
    print(t, binary_search(data, t), lower_bound(data, t))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for t in [2, 4, 5, 9, 0]:
    print(t, lower_bound(dups, t))
