# An OverflowError from storing too big a value, uncaught.
from array import array

a = array("B", [0] * 4)
for i in range(4):
    a[i] = i * 100
    print(a)
