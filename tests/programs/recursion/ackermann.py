# Ackermann function for small arguments, plus binary search recursion.
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

for m in range(3):
    row = []
    for n in range(5):
        row.append(ack(m, n))
    print(m, row)
print(ack(2, 3), ack(3, 3))

def bsearch(a, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == target:
        return mid
    if a[mid] < target:
        return bsearch(a, target, mid + 1, hi)
    return bsearch(a, target, lo, mid - 1)

arr = list(range(0, 200, 7))
for t in [0, 7, 98, 196, 5, 300]:
    print(t, bsearch(arr, t, 0, len(arr) - 1))
