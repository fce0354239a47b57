# Uncaught TypeError: a required positional argument is missing.
def volume(length, width, height):
    return length * width * height

print(volume(1, 2, 3))
print(volume(2, width=3, height=4))
try:
    volume(1, 2, 3, length=4)
except TypeError as e:
    print("caught:", e)
print("calling with two arguments")
print(volume(1, 2))
