# Integer presentation types, sign, alternate form and grouping.
nums = [0, 7, -7, 255, -255, 65535, 10 ** 10, -(2 ** 65)]
for n in nums:
    print("{:d}|{:+d}|{: d}|{:x}|{:#b}|{:#o}|{:,}|{:_x}".format(n, n, n, n, n, n, n, n))
for n in nums:
    print("%d|%+d|%8x|%-8o|%08d" % (n, n, n, n, n))
print("{:=10d}|{:=+10d}|{:010,d}".format(-42, 42, 1234567))
print("{:c}".format(9731), "%c" % 9731)
print("{:n}".format(1234567))
print("{:,d}".format(-1000), "{:_b}".format(255))
print("{:>+8}|{:<+8}|{:^+8}".format(5, 5, 5))
print("{:#010x}|{:#010b}".format(255, 5))
