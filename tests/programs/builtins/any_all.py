# any() and all() with lists, strings, generators-free iteration, short-circuits.
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([0, 1]))
print(any("abc"), all(""), any(["", None, 0, 0.0, [], ()]), all([1, "x", [0], (None,)]))
nums = [3, 7, 11, 15]
odds = []
for n in nums:
    odds.append(n % 2 == 1)
print(all(odds), any(odds))
bigs = []
for n in nums:
    bigs.append(n > 10)
print(all(bigs), any(bigs))
print(any({"k": 0}), all({0: "x"}))
print(any(range(0)), all(range(1, 5)), all(range(0, 5)))
def is_vowel(c):
    return c in "aeiou"
flags = []
for c in "rhythm":
    flags.append(is_vowel(c))
print("rhythm has vowel:", any(flags))
