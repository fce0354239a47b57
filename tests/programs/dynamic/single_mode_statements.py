# Interactive code (compile(..., 'single')) shows the value of the expression statements
# it contains, at any depth of the module's blocks, and of nothing else: not of the
# calls that run a `with` statement's __exit__, not inside functions.
class CM:
    def __enter__(self):
        return 'entered'

    def __exit__(self, *exc):
        return False


exec(compile("with CM() as v:\n    v\n", "<s>", "single"))
exec(compile("for i in range(2):\n    i * 10\n", "<s>", "single"))
exec(compile("try:\n    1 / 0\nexcept ZeroDivisionError:\n    'caught'\n", "<s>", "single"))
exec(compile("def f():\n    'not shown'\n    return 1\n", "<s>", "single"))
exec(compile("f()", "<s>", "single"))
exec(compile("None", "<s>", "single"))
