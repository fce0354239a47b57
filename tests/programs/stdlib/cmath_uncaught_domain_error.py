# Uncaught ValueError from cmath (log of zero is a domain error).
import cmath

for z in [1, -1, 1j, 0]:
    print(z, cmath.log(z))
