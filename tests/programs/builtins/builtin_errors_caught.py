# Builtins reject bad arguments with TypeError/ValueError.
def attempt(case):
    if case == 0:
        return len(5)
    elif case == 1:
        return len(None)
    elif case == 2:
        return int("12x")
    elif case == 3:
        return int([1])
    elif case == 4:
        return float("1,5")
    elif case == 5:
        return chr(1114112)
    elif case == 6:
        return chr("a")
    elif case == 7:
        return ord("")
    elif case == 8:
        return ord(65)
    elif case == 9:
        return abs("x")
    elif case == 10:
        return sum(["a", "b"])
    elif case == 11:
        return sorted([1, "a"])
    elif case == 12:
        return max([])
    elif case == 13:
        return min(3)
    elif case == 14:
        return iter(3.5)
    elif case == 15:
        return list(7)
    elif case == 16:
        return dict([1, 2])
    elif case == 17:
        return hex(1.5)
    elif case == 18:
        return bool("False")
    elif case == 19:
        return round("1.5")
    elif case == 20:
        return divmod(1, "2")
    return 'no such case'

for case in range(21):
    try:
        print(case, 'ok:', attempt(case))
    except (TypeError, ValueError) as e:
        print(case, type(e).__name__ + ':', e)
