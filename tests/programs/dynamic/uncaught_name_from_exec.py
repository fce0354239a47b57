# Ends with an uncaught NameError: exec never defines the name that is used.
exec("alpha_value = 1\nbeta_value = alpha_value + 1")
print(alpha_value, beta_value)

ns = {}
exec("gamma_value = 3", ns)
print(ns["gamma_value"])
print("gamma_value" in globals())

# The assignment is inside a branch that is not taken.
exec("if alpha_value > 5:\n    zzz_conditional = 'never'")
print("zzz_conditional" in globals())

# This branch is taken, so the other name does exist.
exec("if alpha_value < 5:\n    taken_text = 'taken'")
print(taken_text)
print(zzz_conditional)
