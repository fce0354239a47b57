# The program ends with sys.exit(3) after output.
import sys
errors = 0
for line in ["ok", "ok", "bad", "ok", "bad", "bad"]:
    if line != "ok":
        errors += 1
    print(line)
print("errors:", errors)
if errors:
    sys.exit(errors)
print("unreachable")
