# Writing to sys.stderr does not affect stdout; the last stderr line is checked.
import sys
print("stdout 1")
sys.stderr.write("stderr 1\n")
print("stdout 2")
print("stderr 2", file=sys.stderr)
n = sys.stderr.write("stderr 3 (no newline)")
sys.stderr.write("\n")
print("wrote", n, "chars to stderr")
for i in range(3):
    print("progress", i, file=sys.stderr, flush=True)
    print("work", i)
print("final message on stderr", file=sys.stderr)
print("done")
