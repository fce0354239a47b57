# finally runs on normal exit, on exceptions, and on return/break/continue.
def f(mode):
    try:
        if mode == "raise":
            raise ValueError("boom")
        if mode == "return":
            return "returned from try"
        print("try body completed")
    except ValueError as e:
        print("handled", e)
        return "returned from except"
    else:
        print("else branch")
    finally:
        print("finally for", mode)
    return "fell through"

for mode in ["normal", "raise", "return"]:
    print("->", f(mode))

def override():
    try:
        return "try"
    finally:
        return "finally wins"

print(override())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("cleanup", i)
