# Recursion to depth 900 works under the default limit of 1000.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)

def build(n):
    if n == 0:
        return []
    lst = build(n - 1)
    lst.append(n)
    return lst

print(depth(900))
print(sum_to(900))
b = build(900)
print(len(b), b[:5], b[-5:], sum(b))
for d in [1, 10, 100, 500, 899]:
    print(d, depth(d))
