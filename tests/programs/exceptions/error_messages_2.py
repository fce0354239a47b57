# Exact messages of builtin errors (part 2), caught and printed.
def run(case):
    if case == 0:
        return None + 1
    elif case == 1:
        return -'x'
    elif case == 2:
        return abs('a')
    elif case == 3:
        return 'x' < 1
    elif case == 4:
        return {}['k']
    elif case == 5:
        return {1: 2}[3]
    elif case == 6:
        return int(None)
    elif case == 7:
        return iter(5)
    elif case == 8:
        return next(iter([]))
    elif case == 9:
        return range(1, 2, 0)
    elif case == 10:
        return (1, 2)[float(0)]
    elif case == 11:
        return '%d' % 'x'
    elif case == 12:
        return '{0}'.format()
    elif case == 13:
        return round(float('inf'))
    elif case == 14:
        return int(float('nan'))
    elif case == 15:
        return 10 ** 400 / 3
    elif case == 16:
        return float(10 ** 400)
    elif case == 17:
        return 2.0 ** 10000
    elif case == 18:
        return 1 << -1
    elif case == 19:
        return max([])
    elif case == 20:
        return 'a,b'.split('')
    elif case == 21:
        return 'x'.center(5, 'ab')
    return 'no such case'

for case in range(22):
    try:
        print(case, 'ok', run(case))
    except Exception as e:
        print(case, type(e).__name__ + ':', e)
