# sys.argv length and sys.maxsize.
import sys
print(len(sys.argv))
print(type(sys.argv).__name__, isinstance(sys.argv[0], str))
print(sys.maxsize)
print(sys.maxsize == 2 ** 63 - 1)
print(sys.maxsize + 1)
print(-sys.maxsize - 1)
print(type(sys.maxsize).__name__)
print(sys.maxsize // 2, sys.maxsize % 1000)
print(hex(sys.maxsize), bin(sys.maxsize).count("1"))
big = sys.maxsize * sys.maxsize
print(big, big > sys.maxsize)
