# Tests errors when __len__, __bool__ or __hash__ return values of the wrong type/range.
class BadLenNeg:
    def __len__(self):
        return -1

class BadLenStr:
    def __len__(self):
        return "3"

class BadBool:
    def __bool__(self):
        return 1

class BadHash:
    def __hash__(self):
        return "h"

def len_neg():
    return len(BadLenNeg())

def len_str():
    return len(BadLenStr())

def bool_int():
    return bool(BadBool())

def if_bool_int():
    if BadBool():
        return 1

def not_bool_int():
    return not BadBool()

def truthiness_via_bad_len():
    if BadLenNeg():
        return 1

def hash_str():
    return hash(BadHash())

def dict_key_bad_hash():
    return {BadHash(): 1}

cases = [len_neg, len_str, bool_int, if_bool_int, not_bool_int,
         truthiness_via_bad_len, hash_str, dict_key_bad_hash]
for f in cases:
    try:
        f()
        print(f.__name__, "no error")
    except Exception as e:
        print(f.__name__, "->", type(e).__name__, e)
