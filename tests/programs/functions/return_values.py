# Multiple returns, early return, implicit None.
def classify(n):
    if n < 0:
        return "neg"
    if n == 0:
        return "zero"
    return "pos"

def no_return():
    x = 1

def bare_return(flag):
    if flag:
        return
    return "not flagged"

def first_even(nums):
    for n in nums:
        if n % 2 == 0:
            return n
    return None

print(classify(-1), classify(0), classify(1))
print(no_return(), bare_return(True), bare_return(False))
print(first_even([1, 3, 6, 8]), first_even([1, 3]))

def divide(a, b):
    if b == 0:
        return None, "division by zero"
    return a / b, None

for a, b in [(1, 2), (1, 0), (9, 3)]:
    result, err = divide(a, b)
    print(result, err)
