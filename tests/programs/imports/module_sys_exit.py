import mod_exiter

try:
    mod_exiter.finish(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
mod_exiter.finish(3)
print("unreachable")
