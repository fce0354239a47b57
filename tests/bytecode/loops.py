def count(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        total += i
        if total > 100:
            break
    else:
        total = -1
    while n > 0:
        n -= 1
    return total


print(count(10))
