# Uncaught AssertionError without a message.
def check_sorted(lst):
    for i in range(len(lst) - 1):
        assert lst[i] <= lst[i + 1]
    return True

print(check_sorted([1, 2, 2, 5]))
print(check_sorted([]))
print(check_sorted([9]))
print(check_sorted([1, 3, 2]))
