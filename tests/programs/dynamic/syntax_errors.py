# SyntaxError from eval/exec/compile, caught: cases whose message is "invalid syntax".
def report(e):
    print(type(e).__name__, "|", e.msg, "|", e.lineno, "|", e.offset)

try:
    exec("x = = 1")
except SyntaxError as e:
    report(e)

try:
    compile("x +* 2", "<t>", "eval")
except SyntaxError as e:
    report(e)
    print("filename:", e.filename)

try:
    eval("def")
except SyntaxError as e:
    report(e)

try:
    exec("x = 1 +")
except SyntaxError as e:
    report(e)

try:
    eval("1 2")
except SyntaxError as e:
    report(e)

try:
    exec("a = 1\nb = = 2")
except SyntaxError as e:
    report(e)

try:
    compile("v = 1", "<eval-mode>", "eval")
except SyntaxError as e:
    report(e)

# Nothing from the bad source ran: no partial execution.
ns = {}
try:
    exec("first = 1\nsecond = = 2", ns)
except SyntaxError as e:
    report(e)
print("first" in ns)

# SyntaxError is an Exception and can be caught generically.
try:
    eval("a b c")
except Exception as e:
    print("generic:", type(e).__name__, isinstance(e, SyntaxError))

print("program continues")
