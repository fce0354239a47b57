import math

def hypotenuse_leg(c, a):
    return math.sqrt(c * c - a * a)

print(hypotenuse_leg(5, 3))
print(hypotenuse_leg(13, 5))
print(math.log(1.0))
print(hypotenuse_leg(3, 5))
print("unreachable")
