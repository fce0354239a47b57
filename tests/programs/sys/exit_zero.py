# sys.exit() with no argument ends the program with status 0; code after it does not run.
import sys
def finish(results):
    print("results:", results)
    sys.exit()
total = 0
for i in range(1, 6):
    total += i
    print("step", i, total)
    if total > 8:
        finish(total)
print("never printed")
