# Uncaught IndexError: assignment past the end of a list.
slots = [None] * 3
for i in range(3):
    slots[i] = i * i
    print(slots)
slots[-1] = "last"
print(slots)
print(slots.pop())
print(slots, len(slots))
print("assigning to index 2 of a list of length", len(slots))
slots[2] = "late"
print("unreachable")
