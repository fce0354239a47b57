# Tests set mutation methods: add, discard, remove, clear, update and membership
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s))
s.discard(10)
s.discard(1)
print(s)
s.remove(4)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(2 in s, 1 in s, 5 not in s)
s.update([7, 8], (9,), range(2))
print(s)
s.clear()
print(s, len(s))
t = set()
for word in ["b", "a", "b", "c"]:
    t.add(word)
print(sorted(t))
