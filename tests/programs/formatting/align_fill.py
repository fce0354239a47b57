# Alignment and fill characters in format specs and str methods.
for align in ["<", ">", "^"]:
    for fill in [" ", "*", "0", "."]:
        spec = fill + align + "9"
        print(spec, "[" + format("abc", spec) + "]", "[" + format(42, spec) + "]", "[" + format(-1.5, spec) + "]")
print("[" + format(-42, "=8") + "]", "[" + format(-42, "0=8") + "]", "[" + format(-42, "08") + "]")
print("[" + format("x", "") + "]", "[" + format(3.0, "") + "]")
print("[" + format("toolong", "3") + "]")
print("[" + format(3.14159, "^12.3f") + "]", "[" + format(-3, "+^7") + "]")
print("[" + format(1234567, ">15,") + "]", "[" + format(0.5, "*<8.1%") + "]")
