try:
    import mod_broken_value
except ValueError as e:
    print("caught:", type(e).__name__, e)
try:
    mod_broken_value
except NameError as e:
    print("NameError:", e)
try:
    from mod_broken_value import LIMIT
except ValueError as e:
    print("caught again:", e)
print("done")
