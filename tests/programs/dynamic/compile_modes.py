# compile() in 'exec', 'eval' and 'single' modes.
x = 4

code_eval = compile("x * 10 + 2", "<expr>", "eval")
print(eval(code_eval))
x = 5
print(eval(code_eval))

code_exec = compile("y = x + 1\nz = y * 2", "<stmts>", "exec")
print(exec(code_exec))
print(y, z)

# eval() of an 'exec' code object runs it and returns None.
print(eval(compile("w = 99", "<w>", "exec")))
print(w)

code_single = compile("x + 100", "<single>", "single")
exec(code_single)
result = eval(code_single)
print("eval of single returns", result)

# Code objects run against explicit dicts.
print(eval(code_eval, {"x": 1}))
env = {"x": 10}
exec(code_exec, env)
print(env["y"], env["z"])

# A statement is not valid in 'eval' mode.
try:
    compile("v = 1", "<bad>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# An unknown mode is a ValueError.
try:
    compile("1", "<bad>", "run")
except ValueError as e:
    print("ValueError:", e)
