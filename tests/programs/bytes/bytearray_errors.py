# Tests bytearray error paths: out-of-range values, non-int items, bad index, pop from empty
ba = bytearray(b"xy")

def attempt(label, fn):
    try:
        fn()
        print(label, "ok", ba)
    except ValueError as e:
        print(label, "ValueError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)
    except IndexError as e:
        print(label, "IndexError:", e)

def set_256():
    ba[0] = 256

def set_str():
    ba[0] = "a"

def append_neg():
    ba.append(-1)

def index_far():
    ba[5] = 1

def pop_empty():
    bytearray().pop()

def set_ok():
    ba[1] = 255

for label, fn in [("set_256", set_256), ("set_str", set_str), ("append_neg", append_neg),
                  ("index_far", index_far), ("pop_empty", pop_empty), ("set_ok", set_ok)]:
    attempt(label, fn)
