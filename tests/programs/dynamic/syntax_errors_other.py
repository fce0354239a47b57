# SyntaxError / IndentationError cases with specific messages.
def report(e):
    print(type(e).__name__, "|", e.msg, "|", e.lineno, "|", e.offset)

sources = [
    ("eval", "(1, 2"),
    ("exec", "x = [1, 2"),
    ("exec", "if True\n  x = 1"),
    ("eval", "'abc"),
    ("exec", "x = )"),
    ("exec", "return 5"),
    ("exec", "break"),
]
for mode, src in sources:
    try:
        if mode == "eval":
            eval(src)
        else:
            exec(src)
        print("no error for", repr(src))
    except SyntaxError as e:
        report(e)

# IndentationError is a subclass of SyntaxError.
for src in [" x = 1", "if True:\nx = 1", "x = 1\n  y = 2"]:
    try:
        exec(src)
    except SyntaxError as e:
        report(e)
        print("  is IndentationError:", isinstance(e, IndentationError))

# Leading whitespace is fine for eval, but not for exec.
print(eval("  1 + 1"))
try:
    exec("  y = 2")
except IndentationError as e:
    report(e)
