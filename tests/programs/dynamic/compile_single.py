# 'single' mode prints the repr of expression statements, like the REPL.
exec(compile("1+2", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("[1, 'a', None]", "<s>", "single"))
exec(compile("3.5 * 2", "<s>", "single"))
exec(compile("(1, 2)", "<s>", "single"))

# None is not printed.
exec(compile("None", "<s>", "single"))
print("after None")

# Assignments print nothing.
exec(compile("value = 7", "<s>", "single"))
print("value is", value)
exec(compile("value * 6", "<s>", "single"))

# A call whose result is None prints only what the call prints.
exec(compile("print('from print')", "<s>", "single"))

# A compound statement: each expression statement inside prints.
exec(compile("for i in range(3):\n    i * 10\n", "<s>", "single"))
exec(compile("if value > 5:\n    'big'\nelse:\n    'small'\n", "<s>", "single"))

# A single-mode code object can be reused.
show = compile("counter", "<s>", "single")
counter = 0
while counter < 3:
    exec(show)
    counter += 1

# Strings are printed with their quotes (repr), not with str().
exec(compile("'a\\'b'", "<s>", "single"))
exec(compile("str(42)", "<s>", "single"))
