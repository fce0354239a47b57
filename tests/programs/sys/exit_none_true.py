# sys.exit(True) exits with status 1 (bool is an int); output flushed before exit.
import sys
print("partial output", end="")
print(" then exit", flush=False)
codes = [0, 1, True]
for c in codes:
    print(repr(c), int(c))
sys.stdout.write("written but not newline-terminated")
sys.exit(True)
print("unreachable")
