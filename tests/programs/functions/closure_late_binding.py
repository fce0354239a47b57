# Tests late binding of loop variables captured by closures.
funcs = []
for i in range(4):
    def f():
        return i * 10
    funcs.append(f)
print([g() for g in funcs])

lams = []
for j in range(3):
    lams.append(lambda: j)
print([h() for h in lams])

def make_all():
    out = []
    k = 0
    while k < 3:
        out.append(lambda: k)
        k += 1
    return out

print([h() for h in make_all()])

# comprehension creating lambdas: all see the final value of the comprehension variable
cl = [lambda: n for n in range(5)]
print([c() for c in cl])
