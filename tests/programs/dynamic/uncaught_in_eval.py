# Ends with an uncaught exception raised inside eval'd code.
scores = {"ann": 90, "bob": 72}

def average(names):
    total = 0
    for n in names:
        total += eval("scores[n]")
    return total / len(names)

print(average(["ann", "bob"]))
print(eval("scores['ann'] - scores['bob']"))
print("now dividing by an empty count")
count = 0
print(eval("sum(scores.values()) // count"))
print("unreachable")
