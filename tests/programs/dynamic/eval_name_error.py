# NameError from eval() and exec() when a name is missing.
known = 5

def try_eval(src, env):
    try:
        if env is None:
            result = eval(src)
        else:
            result = eval(src, env)
        print("ok:", src, "->", result)
    except NameError as e:
        print("NameError:", src, "->", e)

try_eval("known + 1", None)
try_eval("unknown_name + 1", None)
try_eval("known + other_missing", None)
try_eval("known", {})
try_eval("len(missing_list)", {"present": 1})
try_eval("present * 2", {"present": 21})

# Short-circuiting: the missing name is never looked up.
try_eval("True or missing_flag", None)
try_eval("False and missing_flag", None)
try_eval("missing_flag if False else 'else branch'", None)

# NameError inside exec: the statement before it already ran.
ns = {}
try:
    exec("first = 1\nsecond = first + not_defined_here\nthird = 3", ns)
except NameError as e:
    print("exec NameError:", e)
print("first" in ns, "second" in ns, "third" in ns)

# The exception object is an ordinary NameError.
try:
    eval("ghost_value")
except Exception as e:
    print(type(e).__name__, isinstance(e, NameError), e.args)
