# Recursive traversal of nested lists and dicts.
def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]

def depth(x):
    if isinstance(x, list):
        best = 0
        for item in x:
            d = depth(item)
            if d > best:
                best = d
        return best + 1
    return 0

def count_leaves(tree):
    if isinstance(tree, dict):
        total = 0
        for v in tree.values():
            total += count_leaves(v)
        return total
    return 1

nested = [1, [2, [3, [4, [5]]]], (6, 7), [], [[[]]], "eight"]
print(flatten(nested))
print(depth(nested), depth([]), depth(5), depth([[[[[]]]]]))
tree = {"a": {"b": 1, "c": {"d": 2, "e": 3}}, "f": 4, "g": {}}
print(count_leaves(tree))
