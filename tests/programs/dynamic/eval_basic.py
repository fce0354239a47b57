# eval() of expressions with the default globals: it reads the module's variables.
width = 7
height = 3
name = "box"
items = [4, 8, 15, 16, 23, 42]
prices = {"apple": 3, "pear": 5}

print(eval("width * height"))
print(eval("width + height * 2 - 1"))
print(eval("name.upper() + '!'"))
print(eval("items[2:5]"))
print(eval("items[-1] // width"))
print(eval("prices['pear'] * 2"))
print(eval("len(items) + len(prices)"))
print(eval("sum(items) / len(items)"))
print(eval("max(items) - min(items)"))
print(eval("width > height and name == 'box'"))
print(eval("(width, height)"))
print(eval("[width, height, name]"))
print(eval("{'w': width, 'h': height}"))
print(eval("f'{name}:{width}x{height}'"))
print(eval("'%s=%d' % (name, width)"))

# The module variable changes; a later eval sees the new value.
for step in range(3):
    width = width + step
    print("step", step, eval("width * 10"))

# The expression text can be built at runtime.
op_list = ["+", "-", "*", "//", "%", "**"]
for op in op_list:
    text = "17 " + op + " 5"
    print(text, "=", eval(text))
