# Local vs global scope, shadowing and global declarations.
x = "global x"
y = 1

def read_global():
    return x

def shadow():
    x = "local x"
    return x

def modify():
    global y
    y = y + 1
    return y

def param_shadows(x):
    x = x + "!"
    return x

print(read_global(), shadow(), x)
print(modify(), modify(), y)
print(param_shadows("arg"), x)

def uses_later_global():
    return later

later = "defined after the function"
print(uses_later_global())

def loop_locals():
    total = 0
    for i in range(4):
        total += i
    return total, i

print(loop_locals())
