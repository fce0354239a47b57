# Exact messages of builtin errors (part 1), caught and printed.
def run(case):
    if case == 0:
        return 1 // 0
    elif case == 1:
        return 1 % 0
    elif case == 2:
        return 1.0 / 0
    elif case == 3:
        return 1.0 // 0.0
    elif case == 4:
        return 1.5 % 0
    elif case == 5:
        return divmod(1, 0)
    elif case == 6:
        return 0 ** -1
    elif case == 7:
        return [][0]
    elif case == 8:
        return (1,)[5]
    elif case == 9:
        return 'abc'[3]
    elif case == 10:
        return [].pop()
    elif case == 11:
        return [1].remove(2)
    elif case == 12:
        return [1].index(3)
    elif case == 13:
        return int('3.5')
    elif case == 14:
        return int('')
    elif case == 15:
        return float('x1')
    elif case == 16:
        return chr(-1)
    elif case == 17:
        return ord('ab')
    elif case == 18:
        return 'a'.index('b')
    elif case == 19:
        return 'ab' * 'c'
    elif case == 20:
        return len(3)
    elif case == 21:
        return 1 + None
    return 'no such case'

for case in range(22):
    try:
        print(case, 'ok', run(case))
    except Exception as e:
        print(case, type(e).__name__ + ':', e)
