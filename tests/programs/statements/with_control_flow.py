# Tests that __exit__ runs on return, break and continue inside a with body
class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("enter", self.tag)
        return self.tag

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.tag)
        return False

def early():
    with CM("ret") as t:
        print("returning from", t)
        return "value"
    print("unreached")

print(early())

for i in range(4):
    with CM(f"loop{i}"):
        if i == 1:
            print("continue")
            continue
        if i == 2:
            print("break")
            break
        print("body", i)
print("loop done")

def in_finally():
    try:
        with CM("tf"):
            return 1
    finally:
        print("finally after exit")

print(in_finally())
