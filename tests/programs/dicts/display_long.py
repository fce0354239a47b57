# Long dict displays are built as CPython 3.11 builds them: a run of `k: v` items is
# evaluated before any key is hashed, except that the first 17 items of a long run are
# inserted one by one (so an unhashable key stops the display there).
log = []


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        log.append('h%d' % self.n)
        return self.n

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n

    def __repr__(self):
        return 'K%d' % self.n


def v(n):
    log.append('v%d' % n)
    return n


d = {Key(1): v(1), Key(2): v(2), Key(3): v(3)}
print(log)
log.clear()
d = {
    Key(0): v(0), Key(1): v(1), Key(2): v(2), Key(3): v(3), Key(4): v(4), Key(5): v(5),
    Key(6): v(6), Key(7): v(7), Key(8): v(8), Key(9): v(9), Key(10): v(10), Key(11): v(11),
    Key(12): v(12), Key(13): v(13), Key(14): v(14), Key(15): v(15), Key(16): v(16),
    Key(17): v(17), Key(18): v(18), **{Key(19): 19}, Key(20): v(20), Key(21): v(21),
}
print(' '.join(log))
print(len(d), d[Key(20)])
log.clear()
d = {Key(1): v(1), **{Key(2): 2}, Key(3): v(3), Key(4): v(4)}
print(log)
log.clear()
try:
    {[]: 1, 'a': v(100)}
except TypeError as e:
    print(e, log)
log.clear()
try:
    {'a': 1, **{}, []: v(101), 'b': v(102)}
except TypeError as e:
    print(e, log)
# test_unpack_ex: a thousand `**` items.
print(len(eval("{" + ", ".join("**{{{}: {}}}".format(i, i) for i in range(1000)) + "}")))
