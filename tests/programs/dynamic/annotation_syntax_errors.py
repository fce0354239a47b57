# Annotated assignments that CPython rejects (test_grammar's test_var_annot_syntax_errors,
# AST and symtable passes), compiled with exec; and annotated targets in exec'd and
# interactive code.
def report(src):
    try:
        exec(src)
        print('no error for', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno)


for src in [
    "[x, 0]: int\n",
    "f(): int\n",
    "(x,): int",
    "def f():\n    (x, y): int = (1, 2)\n",
    "def f():\n    global x\n    x: int\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2\n",
    "x: int = y = 1",
    "def f():\n    x: int\n",
]:
    report(src)


class Obj:
    pass


o = Obj()
ns = {'o': o}
exec("o.a: int = 1\no.b: str\nd = {}\nd['k']: float = 2.0\n(q): int = 3", ns)
print(o.a, hasattr(o, 'b'), ns['d'], ns['q'])
try:
    exec("o.c: NoSuchName = 4", ns)
except NameError as e:
    print(e, o.c)
# Interactive code shows expression statements only, not evaluated annotations.
exec(compile("if 1:\n    o.e: int = 5\n    (r): str = 'shown'\n    r\n    o.e\n", "<s>", "single"))
