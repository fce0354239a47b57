# Spelling numbers in English and formatting with thousands separators.
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        rest = "" if n % 10 == 0 else "-" + ONES[n % 10]
        return TENS[n // 10] + rest
    if n < 1000:
        rest = "" if n % 100 == 0 else " and " + words(n % 100)
        return ONES[n // 100] + " hundred" + rest
    for size, name in [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]:
        if n >= size:
            rest = "" if n % size == 0 else " " + words(n % size)
            return words(n // size) + " " + name + rest
    return "?"

for n in [0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 987654321]:
    print("{:>13,} {}".format(n, words(n)))
