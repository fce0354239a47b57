from pkg_shapes import circle, square as sq
from pkg_shapes import DEFAULT_COLOR

print(circle.area_approx(2))
print(sq.area(3))
print(circle.__name__, sq.__name__)
print(DEFAULT_COLOR)
import pkg_shapes
print(pkg_shapes.circle is circle)
print(pkg_shapes.square is sq)
