# An uncaught FileNotFoundError ends the program with CPython's last line.
def load(path):
    with open(path) as f:
        return f.read()


print("loading")
print(load("missing_for_open_uncaught.txt"))
print("unreachable")
