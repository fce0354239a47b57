# sys.exit(3) exits with status 3 and prints nothing to stderr; finally blocks run.
import sys
print("starting")
try:
    print("in try")
    sys.exit(3)
except ValueError:
    print("ValueError handler is not used")
finally:
    print("finally runs before exit")
print("unreachable")
