# eval of 100,000 distinct source strings: every call parses and compiles anew.
def main():
    total = 0
    n = 100_000
    for i in range(n):
        total += eval(f"{i} + 2 * 3")
    print(total)


main()
