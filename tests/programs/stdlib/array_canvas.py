# The raytrace benchmark's canvas: an array('B') of pixels written through computed
# indices with clamped ints, then summed up.
import array
import math


class Canvas(object):

    def __init__(self, width, height):
        self.bytes = array.array('B', [0] * (width * height * 3))
        for i in range(width * height):
            self.bytes[i * 3 + 2] = 255
        self.width = width
        self.height = height

    def plot(self, x, y, r, g, b):
        i = ((self.height - y - 1) * self.width + x) * 3
        self.bytes[i] = max(0, min(255, int(r * 255)))
        self.bytes[i + 1] = max(0, min(255, int(g * 255)))
        self.bytes[i + 2] = max(0, min(255, int(b * 255)))


c = Canvas(16, 12)
for y in range(c.height):
    for x in range(c.width):
        r = (math.sin(x * 0.4) + 1) / 2
        g = y / (c.height - 1)
        b = 1.3 - r
        c.plot(x, y, r, g, b)
print(len(c.bytes), sum(c.bytes), max(c.bytes), min(c.bytes))
print(c.bytes[:12])
print(c.bytes[-6:], c.bytes.count(255), c.bytes.index(255))
rows = [sum(c.bytes[i:i + c.width * 3]) for i in range(0, len(c.bytes), c.width * 3)]
print(rows)
