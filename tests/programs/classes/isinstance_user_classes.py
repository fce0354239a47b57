# Tests isinstance with user classes, subclasses, tuples of classes, and builtin types.
class Vehicle:
    pass


class Car(Vehicle):
    pass


class Truck(Vehicle):
    pass


class SportsCar(Car):
    pass


class Plant:
    pass


objs = [Vehicle(), Car(), Truck(), SportsCar(), Plant(), 5, "s"]
for o in objs:
    print(type(o).__name__, isinstance(o, Vehicle), isinstance(o, Car),
          isinstance(o, (Truck, Plant)), isinstance(o, (int, str)))
print(isinstance(SportsCar(), (Plant, (Truck, Car))))
print(isinstance(Car(), object), isinstance(Car, type), isinstance(Car(), type))
print(isinstance(Car(), ()))
