# Hand-written sorting algorithms agree with sorted().
def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]

def quick_sort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    less = []
    equal = []
    more = []
    for x in a:
        if x < pivot:
            less.append(x)
        elif x == pivot:
            equal.append(x)
        else:
            more.append(x)
    return quick_sort(less) + equal + quick_sort(more)

seed = 12345
data = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 1000 - 500)
print(data[:10])
expected = sorted(data)
print(insertion_sort(data) == expected, merge_sort(data) == expected, quick_sort(data) == expected)
print(expected[:5], expected[-5:])
print(merge_sort(["pear", "apple", "fig"]), quick_sort([3.5, -1.0, 2.25]))
