print("start")
import pkg_shapes
print(pkg_shapes.DEFAULT_COLOR)
print(pkg_shapes.describe())
print(pkg_shapes.__name__)
import pkg_shapes.square
print(pkg_shapes.square.area(5))
print(pkg_shapes.square.__name__)
import pkg_shapes
print("end")
