# Permutations and subsets by recursive backtracking (no generators).
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

def subsets(items):
    if not items:
        return [[]]
    smaller = subsets(items[1:])
    out = []
    for s in smaller:
        out.append(s)
        out.append([items[0]] + s)
    return out

perms = permutations([1, 2, 3])
print(perms, len(perms))
print(len(permutations(list("abcde"))))
words = []
for p in permutations(list("tac")):
    words.append("".join(p))
print(sorted(words))
subs = subsets(["x", "y", "z"])
def size_then_items(s):
    return (len(s), s)
print(sorted(subs, key=size_then_items))
print(len(subsets(list(range(10)))))
