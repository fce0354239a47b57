# Every unsupported construct is reported at once.
class A:
    pass

f = lambda: 0
print({1})
