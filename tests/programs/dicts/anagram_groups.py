# Grouping anagrams by a sorted-letter signature.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"]
groups = {}
for w in words:
    sig = "".join(sorted(w))
    if sig not in groups:
        groups[sig] = []
    groups[sig].append(w)
for sig, members in groups.items():
    print(sig, members)
largest = 0
for members in groups.values():
    if len(members) > largest:
        largest = len(members)
print("largest group size", largest)
singles = []
for sig in groups:
    if len(groups[sig]) == 1:
        singles.append(groups[sig][0])
print("singles", singles)
