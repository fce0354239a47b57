from mod_errors import lookup

print(lookup("x", {"x": 10}))
lookup("missing-key", {"x": 10})
