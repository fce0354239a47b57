# while loops with break, continue and else.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n > 3:
        break
print("broke at", n)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("found 4")
        break
else:
    print("never found 4")
k = 10
while k > 0:
    k -= 3
    if k == 5:
        break
else:
    print("no 5, k ended at", k)
digits = []
value = 90210
while value:
    value, d = divmod(value, 10)
    digits.append(d)
print(digits[::-1])
