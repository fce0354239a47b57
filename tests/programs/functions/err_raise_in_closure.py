# Tests an uncaught ValueError raised from a nested closure after finally blocks run.
def make_checker(limit):
    def check(v):
        if v > limit:
            raise ValueError(f"{v} exceeds {limit}")
        return v
    return check

chk = make_checker(10)
def run(vals):
    for v in vals:
        try:
            print("ok", chk(v))
        finally:
            print("checked", v)

run([1, 5, 10, 11, 3])
