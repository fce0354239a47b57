# Tests issubclass with user classes, reflexivity, tuples of classes, and object.
class A:
    pass


class B(A):
    pass


class C(B):
    pass


class D:
    pass


class E(C, D):
    pass


print(issubclass(B, A), issubclass(C, A), issubclass(A, B))
print(issubclass(A, A), issubclass(E, D), issubclass(D, E))
print(issubclass(E, (int, D)), issubclass(A, (B, C, D)))
print(issubclass(C, object), issubclass(int, A))
print(issubclass(bool, int), issubclass(E, (str, (list, A))))
pairs = [(A, B), (B, A), (E, C), (C, E)]
for x, y in pairs:
    print(x.__name__, y.__name__, issubclass(x, y))
