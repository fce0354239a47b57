from mod_fromnames import square, cube as c3
from mod_fromnames import (
    PI_ISH,
    Point as P,
)

print(square(4))
print(c3(3))
print(PI_ISH)
p = P(1, 2)
print(p)
print(type(p).__name__)
try:
    print(cube(2))
except NameError as e:
    print("NameError:", e)
try:
    print(mod_fromnames)
except NameError as e:
    print("NameError:", e)
