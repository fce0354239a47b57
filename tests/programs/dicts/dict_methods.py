# get, pop, setdefault, update, popitem, copy, clear.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.pop("b"), d.pop("z", "default"), d)
print(d.setdefault("a", 50), d.setdefault("n", 50), d)
d.update({"a": 10, "new": 4})
print(d)
d.update([("t", 1)])
d.update(kw=2)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["a"] = -1
print(d, c)
c.clear()
print(c, len(c))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items()))
