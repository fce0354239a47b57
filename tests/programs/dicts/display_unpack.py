# `**` in dict displays (test_unpack_ex's "Dict display element unpacking"): items go in
# in order, later keys win, and mappings that are not dicts go through keys() and [].
kwds = {'z': 0, 'w': 12}
print(sorted({'x': 1, 'y': 2, **kwds}.items()))
print(sorted({**{'x': 1}, 'y': 2, **{'z': 3}}.items()))
print(sorted({**{'x': 1}, 'y': 2, **{'x': 3}}.items()))
print(sorted({**{'x': 1}, **{'x': 3}, 'x': 4}.items()))
print({**{}}, {0: 1, **{0: 2}, 0: 3, 0: 4})
a = {}
{**a}[0] = 1
print(a)
a, b = {'x': 1, 'y': 2}, {'y': 3, 'z': 4}
print({**a, 'k': 1, **b}, {'y': 9, **a}, {**a, **b, 'x': 0})
print({**{1: 'int', True: 'bool', 1.0: 'float'}}, {1: 'one', **{1.0: 'float'}})


def kw_and_args(*args, **kw):
    return {**kw, 'args': args, **{k.upper(): v for k, v in kw.items()}}


print(kw_and_args(1, q=2, r=3))

# Evaluation order: keys and values left to right, each `**` merged when reached.
log = []


def ev(x):
    log.append(x)
    return x


class Mapping:
    def __init__(self, d):
        self.d = d

    def keys(self):
        log.append('keys')
        return iter(self.d)

    def __getitem__(self, k):
        log.append('get ' + k)
        return self.d[k] * 10


print({ev('a'): ev(1), **Mapping({'b': 2, 'c': 3}), ev('c'): ev(4), **ev({'d': 5})})
print(log)
print(dict(Mapping({'m': 1})), {**Mapping({})}, log[-3:])
d = {'n': 0}
d.update(Mapping({'n': 7}))
print(d)


# A dict subclass is read as a dict, unless its class defines __iter__.
class D(dict):
    def keys(self):
        return ['not used']


class D2(dict):
    def __iter__(self):
        return iter(['q'])

    def keys(self):
        return ['q']

    def __getitem__(self, k):
        return 'from __getitem__'


print({**D(a=1)}, {**D2(a=1)})


# keys() that changes the dict it iterates (test_unpack_ex's CrazyDict).
class CrazyDict:
    def __init__(self):
        self.d = {chr(ord('a') + x): x for x in range(5)}

    def keys(self):
        for x in self.d:
            if x == 'c':
                self.d['z'] = 10
            yield x

    def __getitem__(self, k):
        return self.d[k]


for bad in [1, [], None, 'ab', (1, 2), {1, 2}, ..., CrazyDict()]:
    try:
        print({**bad})
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
