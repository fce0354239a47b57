# Tests that bytes objects are immutable and bytes indexing/type errors have exact messages
b = b"abc"
try:
    b[0] = 120
except TypeError as e:
    print("TypeError:", e)
try:
    del b[0]
except TypeError as e:
    print("TypeError:", e)
try:
    b.append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    b[3]
except IndexError as e:
    print("IndexError:", e)
try:
    b["0"]
except TypeError as e:
    print("TypeError:", e)
print("unchanged:", b)
