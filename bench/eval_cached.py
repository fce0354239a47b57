# eval of one and the same source string, over and over: pyaot can cache the
# compiled code of a string it has seen (CPython compiles it again every time).
# 300,000 calls rather than 1,000,000: CPython takes about 5 us a call, and
# the benchmarks should run in 0.2-2 s under CPython.
def main():
    total = 0
    n = 300_000
    for _ in range(n):
        total += eval("1 + 2 * 3")
    print(total)


main()
