# Uncaught TypeError: str + int.
count = 3
label = "count: "
print(label + str(count))
print(label * 2)
print(label + "%d" % count)
print(f"{label}{count}")
parts = [label, str(count)]
print("".join(parts))
try:
    print(count + label)
except TypeError as e:
    print("caught:", e)
message = label + count
print(message)
