# range and slice as their tables declare them, from CPython's Lib/test/test_slice.py
# and test_range.py: slice.indices (against the reference implementation there, with
# lengths and bounds past the machine word), the start/stop/step members, comparisons
# and hashes, range's methods and slot wrappers, vars() of both.
import sys


def evaluate_slice_index(arg):
    if isinstance(arg, int):
        return arg
    if hasattr(arg, "__index__"):
        return arg.__index__()
    raise TypeError("slice indices must be integers or None or have an __index__ method")


def slice_indices(s, length):
    step = 1 if s.step is None else evaluate_slice_index(s.step)
    if length < 0:
        raise ValueError("length should not be negative")
    if step == 0:
        raise ValueError("slice step cannot be zero")
    lower = -1 if step < 0 else 0
    upper = length - 1 if step < 0 else length
    if s.start is None:
        start = upper if step < 0 else lower
    else:
        start = evaluate_slice_index(s.start)
        start = max(start + length, lower) if start < 0 else min(start, upper)
    if s.stop is None:
        stop = lower if step < 0 else upper
    else:
        stop = evaluate_slice_index(s.stop)
        stop = max(stop + length, lower) if stop < 0 else min(stop, upper)
    return start, stop, step


class MyIndexable:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


vals = [None, -2**100, -2**30, -53, -7, -1, 0, 1, 7, 53, 2**30, 2**100]
checked = mismatched = 0
for a in vals:
    for b in vals:
        for c in vals:
            s = slice(a, b, c)
            for length in [0, 1, 7, 53, 2**30, 2**100]:
                try:
                    got = s.indices(length)
                except ValueError:
                    got = "valueerror"
                try:
                    want = slice_indices(s, length)
                except ValueError:
                    want = "valueerror"
                checked += 1
                if got != want or (got != "valueerror" and range(*got) != range(length)[s]):
                    mismatched += 1
print(checked, mismatched, slice(1, 9, 2).indices(5), slice(None, None, -1).indices(10), slice(None, -12, -1).indices(10))
print(slice(MyIndexable(0), MyIndexable(10), MyIndexable(1)).indices(MyIndexable(5)), list(range(10))[::sys.maxsize - 1])
for s, n in [(slice(None), -1), (slice(0, 10, 0), 5), (slice(0.0, 10, 1), 5), (slice(0, 10, 1.0), 5), (slice(0, 10), 5.0)]:
    try:
        print(s.indices(n))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = slice(1, 2, 3)
print(s.start, s.stop, s.step, slice(1).start, slice(1).stop, s == slice(1, 2, 3), s != slice(1, 2, 4), s == (1, 2, 3))
print(slice(1, 2) < slice(1, 3), slice(1).__lt__(1), s.__reduce__(), slice.__hash__, type(slice.__dict__["start"]).__name__)
print(sorted(vars(slice)))

r = range(2, 20, 3)
print(r.start, r.stop, r.step, r.count(5), r.index(8), r.__len__(), r.__bool__(), range(0).__bool__(), r.__getitem__(-1))
print(r.__getitem__(slice(1, None, 2)), r.__contains__(11), r.__reduce__(), list(r.__reversed__()), list(r.__iter__()))
print(r.__eq__(range(2, 19, 3)), r.__lt__(r), r.__eq__([2]), r.__hash__() == hash(range(2, 19, 3)), range.__len__(r))
print(range(10**20).index(10**19), range(0, 10**20, 7).count(14), range(5).count(2.0), range(5).index(True))
print(type(range.__dict__["start"]).__name__, type(range.__dict__["count"]).__name__, sorted(vars(range)))
for f in [lambda: range(5).index(7), lambda: range(5).index("a"), lambda: range(5).count(), lambda: range(5).index(1, 2),
          lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1, step=2), lambda: range(0, 1, 0),
          lambda: range.count([], 1), lambda: slice(), lambda: slice(a=1), lambda: hash(slice(1)),
          lambda: slice(1).indices()]:
    try:
        print(f())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
