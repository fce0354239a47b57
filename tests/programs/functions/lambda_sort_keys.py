# Tests lambdas as sort keys for sorted/min/max.
pairs = [("b", 3), ("a", 5), ("c", 1), ("d", 3)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
print(min(pairs, key=lambda p: p[1]))
print(max(pairs, key=lambda p: p[1]))

words = ["banana", "Apple", "cherry", "kiwi", "fig"]
print(sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: w[-1]))

scores = {"ann": 88, "bob": 95, "cy": 70}
print(sorted(scores, key=lambda k: scores[k]))
print(max(scores, key=lambda k: scores[k]))

nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=lambda n: abs(n)))
records = [[1, "x"], [0, "y"], [1, "a"]]
records.sort(key=lambda r: r[1])
print(records)
