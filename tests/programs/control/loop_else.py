# for/else and while/else semantics in a search routine.
def find_index(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
        return -1
    return i

print(find_index([4, 8, 15, 16], 15))
print(find_index([4, 8, 15, 16], 23))
print(find_index([], 1))
attempts = 0
while attempts < 3:
    attempts += 1
    if attempts == 10:
        break
else:
    print("gave up after", attempts)
for x in []:
    print("never")
else:
    print("else of empty loop runs")
