from mod_exiter import fail

print("before")
fail("fatal: configuration missing")
