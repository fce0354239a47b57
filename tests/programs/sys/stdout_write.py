# sys.stdout.write returns the number of characters written.
import sys
n = sys.stdout.write("hello\n")
print(n)
n = sys.stdout.write("héllo 😀\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write(" - same line\n")
written = 0
for word in ["alpha", "beta", "gamma"]:
    written += sys.stdout.write(word + " ")
sys.stdout.write("\n")
print(written)
print(sys.stdout.write(""))
sys.stdout.write("%d items\n" % 3)
sys.stdout.write(f"{'done':>8}\n")
