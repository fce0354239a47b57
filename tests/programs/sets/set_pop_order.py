# Tests set.pop on small int sets (CPython pops in iteration order) and pop on an empty set
s = {9, 2, 7, 4}
print(s)
popped = []
while s:
    popped.append(s.pop())
print(popped)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
t = {40, 8, 33, 1}
print(t, list(t))
print(t.pop(), t)
