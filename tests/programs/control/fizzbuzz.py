# FizzBuzz with for/range and string accumulation.
out = []
for i in range(1, 31):
    s = ""
    if i % 3 == 0:
        s += "Fizz"
    if i % 5 == 0:
        s += "Buzz"
    out.append(s or str(i))
print(" ".join(out))
counts = {"Fizz": 0, "Buzz": 0, "FizzBuzz": 0}
for item in out:
    if item in counts:
        counts[item] += 1
print(counts)
