# eval returns the value of the expression; exec always returns None.
r = eval("6 * 7")
print(r, type(r).__name__)
r = exec("6 * 7")
print(r)
r = exec("q = 6 * 7")
print(r, q)
print(exec("") is None)
print(eval("None") is None)

# exec of a function definition returns None, but the function exists.
print(exec("def f(n):\n    return n + 1"))
print(f(1))

# eval strips leading spaces and tabs.
print(eval("  1 + 1"))
print(eval("\t2 * 3"))
print(eval(" \t \t'mixed'"))
print(eval("    [1, 2]   "))
print(eval("1 + 1\n"))
print(eval("\n3 - 1\n"))

# A multi-line expression inside brackets is one expression.
print(eval("(1 +\n 2 +\n 3)"))
print(eval("[\n  'a',\n  'b',\n]"))

# exec runs several statements; only side effects are visible.
out = []
print(exec("out.append(1)\nout.append(2)"), out)

# Result of eval used directly in expressions.
print(eval("10") + eval("5") * 2)
print(eval("'ab'") * eval("3"))
print(len(eval("[0] * 4")))
print(eval("[3, 1, 2]")[1:])
print(eval("{'k': 'v'}")["k"])

# Empty or whitespace-only eval input is a SyntaxError.
for src in ["", "   "]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError for", repr(src))

# eval of a non-string is a TypeError.
try:
    eval(5)
except TypeError as e:
    print("TypeError:", e)
