# Tests uncaught TypeError for an inconsistent MRO (3.11 message spans two lines: '...resolution\norder (MRO) for bases A, B').
class A:
    pass


class B(A):
    pass


class Good(B, A):
    pass


names = []
for k in Good.__mro__:
    names.append(k.__name__)
print(names)


class Bad(A, B):
    pass
