import os

print(repr(os.sep), repr(os.pathsep), repr(os.linesep), repr(os.curdir), repr(os.pardir))
print(repr(os.extsep), repr(os.devnull), repr(os.name), repr(os.altsep))
print(os.path.sep == os.sep)
print(type(os.getpid()).__name__, os.getpid() > 0)
n = os.cpu_count()
print(type(n).__name__, n is None or n >= 1)
print(type(os.getcwd()).__name__, os.path.isabs(os.getcwd()))
print(os.getpid() == os.getpid())
