"""Generates cases.txt: conformance cases for formatting and the operators, with the
expected results computed by the CPython that runs this script (3.11). tests.rs reads it.

    python3 runtime/src/format/gen_tests.py > runtime/src/format/cases.txt
"""
import math
import random
import struct
import sys

# The cases go to cases.txt as a sequence of records: a kind word, a space, then
# self-delimiting values, then the expected text, then a newline:
#   N  None        T / F  True / False       i<decimal>;  int       f<16 hex digits>  float bits
#   s<n>:<n code points>  str                 (...)  tuple   [...]  list   {k v ...}  dict
#   R<start><stop><step>  range               S<start><stop><step>  slice


def enc(v):
    if v is None:
        return 'N'
    if v is True:
        return 'T'
    if v is False:
        return 'F'
    if isinstance(v, int):
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        text = 'i%d;' % v
        sys.set_int_max_str_digits(limit)
        return text
    if isinstance(v, float):
        return 'f%016x' % struct.unpack('<Q', struct.pack('<d', v))[0]
    if isinstance(v, str):
        return 's%d:%s' % (len(v), v)
    if isinstance(v, tuple):
        return '(' + ''.join(enc(x) for x in v) + ')'
    if isinstance(v, list):
        return '[' + ''.join(enc(x) for x in v) + ']'
    if isinstance(v, range):
        return 'R' + enc(v.start) + enc(v.stop) + enc(v.step)
    if isinstance(v, slice):
        return 'S' + enc(v.start) + enc(v.stop) + enc(v.step)
    if isinstance(v, dict):
        return '{' + ''.join(enc(k) + enc(x) for k, x in v.items()) + '}'
    raise TypeError(type(v))


RECORDS = []


def record(kind, *values, want):
    RECORDS.append(kind + ' ' + ''.join(enc(v) for v in values) + enc(want) + '\n')


def outcome(fn):
    """The text `fn` returns, or the exception as "Type: message"."""
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 - any exception is an expected outcome
        return '%s: %s' % (type(e).__name__, e)


def repr_outcome(fn):
    return outcome(lambda: repr(fn()))


FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 3.14159, 1234.5678, 1e16, 1e15, 1e-5, 1e-4,
          123456789.0, 1e100, 1e-100, 5e-324, 1.7976931348623157e308, 1e22, 2.0 ** 53, 0.3, 2 / 3,
          9.995, 0.125, 99999.5, 1e300 * 10, -1e300 * 10, math.nan, 12345.678, -0.0001, 1e-10]
INTS = [0, 1, -1, 42, -42, 255, 65, 1234, -1234, 1234567, 2 ** 62, -(2 ** 62), 2 ** 70, -(2 ** 70), 10 ** 30,
        True, False]
FLOAT_SPECS = ['', 'f', '.2f', '.0f', '#.0f', 'e', '.3e', 'E', 'g', '.3g', '#g', 'G', '.10g', '%', '.1%',
               '10.3f', '<10.2f', '^12', '=+12.3f', '010.2f', '+', ' ', ',', '_.3f', ',.2f', '.3', '.0', '.17',
               'z.2f', 'n', '015,.2f', '*^15e', '.50g', 'd', 'x', '.', 'ab', ',n', '.2147483648f']
INT_SPECS = ['', 'd', '5', '<5', '^7', '=+8', '05', '+', ' ', ',', '_', '_x', '#_b', 'b', '#b', 'o', '#o', 'x',
             '#x', 'X', '#X', 'c', 'n', 'e', '.2f', '%', '010,', '09,', '08,', '#012_x', '0=10,', 'x<6', '.2',
             'z', '+c', '#c', ',c', ',x', ',,', ',_', '_,', 's', '<<<', '99999999999999999999', '1.']
STRS = ['', 'abc', 'é', 'a\'b', 'a"b', 'a\'"b', 'tab\there', 'nl\n', '\x00\x7f\x80', '\u200b', '\U0001F600',
        'back\\slash', '\xa0', '\u2028', 'ü']
STR_SPECS = ['', 's', '5', '>5', '^6', '.2', '*<6', '05', '=5', '+', ' ', '#', ',', 'd', 'z', '.0']


def format_cases():
    cases = [(x, sp) for x in FLOATS for sp in FLOAT_SPECS]
    cases += [(x, sp) for x in INTS for sp in INT_SPECS]
    cases += [(x, sp) for x in STRS for sp in STR_SPECS]
    cases += [(None, ''), (None, '5'), ([1], ''), ([1], 's'), ((1, 'a'), '')]
    # Random doubles of every magnitude, for correct rounding and the repr algorithm.
    rng = random.Random(311)
    for _ in range(250):
        bits = rng.getrandbits(64)
        x = struct.unpack('<d', struct.pack('<Q', bits))[0]
        if math.isnan(x) or math.isinf(x):
            continue
        for sp in ('', '.3g', '.12e', '.5f', 'g', '.17g', '#.4g', '.0e'):
            cases.append((x, sp))
    for _ in range(150):
        x = rng.choice([1, -1]) * rng.randrange(1, 10 ** 6) / 10 ** rng.randrange(0, 8)
        for sp in ('', '.2f', '.1f', 'g', '.3', ',.2f'):
            cases.append((x, sp))
    for x, sp in cases:
        record('format', x, sp, want=outcome(lambda: format(x, sp)))


PERCENT = [
    ('%s', 'x'), ('%s', (1,)), ('%s %s', (1, 2)), ('%5.1f|%-6d|%+d|% d|%05d', (3.14159, 42, 5, 5, -42)),
    ('%x|%#x|%#o|%X|%#X', (255, 255, 8, 255, -255)), ('%e|%g|%G|%E', (1234.5, 0.00001, 1e20, 1.0)),
    ('%c|%c|%%|%r|%a|%s', (65, 'z', 'é', 'é', None)), ('%.3d', 5), ('%+.3d', -5), ('%08.3d', -5),
    ('%#08x', 255), ('%-#8x|', 255), ('%d', 3.7), ('%d', -3.7), ('%x', 3.7), ('%d', 'a'), ('%f', 'a'),
    ('%c', 'ab'), ('%c', 1.5), ('%c', -1), ('%c', 0x110000), ('%d', math.nan), ('%d', math.inf),
    ('%s %s', (1,)), ('%s', (1, 2)), ('abc', 5), ('abc', []), ('abc', {}), ('abc', ()), ('abc', 'x'),
    ('%s', [1, 2]), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}), ('%(a)s', {}), ('%(a)s', 5), ('%(a', {'a': 1}),
    ('%', ()), ('%y', 5), ('%*d', (5, 3)), ('%-*d|', (5, 3)), ('%.*f', (2, 3.14159)), ('%*d', ('a', 3)),
    ('%*d', (-5, 3)), ('%s', True), ('%d', True), ('%5s|%-5s|%.2s', ('abc', 'abc', 'abc')), ('%i %u', (1, 2)),
    ('%ld', 5), ('%5%', ()), ('%#.0f', 1.0), ('%#g', 1.0), ('%.0e', 12345.0), ('%10.3e', -12345.0),
    ('%010.3f', -3.14159), ('% 010.3f', 3.14159), ('%+f', math.inf), ('%010f', math.nan), ('%F', math.inf),
    ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%x', -255), ('%o', 8), ('%#o', 0), ('%#x', 0),
    ('%x', 2 ** 70), ('%d', 2 ** 70), ('%.2f', 2 ** 70), ('%e', 10 ** 400), ('%.3s', 1.23456), ('%r', 'a\n'),
    ('%-5c|', 'x'), ('%5c', 65), ('%x', True), ('%d %d', [1, 2]), ('%s', {'a': 1}), ('%s %s', {'a': 1}),
    ('%(a)d', {'a': 'x'}), ('%.f', 1.5), ('%.e', 1.5), ('%5.f', 2.5), ('%(a)*d', {'a': 1}), ('%z', 1),
    ('%\u00e9', 1), ('%-05d', 3), ('%+ d', 3), ('% +d', 3), ('%05s', 'ab'), ('%-05s|', 'ab'), ('%05c', 'a'),
    ('%#.5x', 255), ('%#5.3o', 8), ('%+#x', 255), ('% x', 255), ('%05r', 'a'), ('%.1r', 'ab'),
    ('%5.3f', -0.0), ('%h5d', 3), ('%5hd', 3), ('%(a)(b)s', {'a(b': 1}), ('%*.*f', (8, 2, 3.14159)),
    ('%.*d', (-3, 5)), ('%5%', (1,)), ('%(a)%', {'a': 1}), ('%s%5%', ('x', 5)), ('%s', ()), ('%c', ''),
    ('%d', {}), ('%a', 'ü\x00'), ('%-+8.2f|', 3.14159), ('%#X', 0), ('%#10o', -8), ('%010x', -255),
    ('%s', 10 ** 5000), ('%d', 2 ** 64), ('%r', 1e16), ('%s', -0.0), ('%.100f', 0.1), ('%g', 1e-5),
    ('%.3g', 1234.5), ('%#.3g', 100.0), ('%i', -0.5),
]


def percent_cases():
    for fmt, args in PERCENT:
        record('percent', fmt, args, want=outcome(lambda: fmt % args))


STR_FORMAT = [
    ('{}', (1,), {}), ('{} {}', (1, 'a'), {}), ('{0} {0}', (1,), {}), ('{1}{0}', ('a', 'b'), {}),
    ('{x}', (), {'x': 5}), ('{x}', (), {}), ('{} {x}', (1,), {'x': 2}), ('{0[1]}', ([1, 2],), {}),
    ('{0[a]}', ({'a': 3},), {}), ('{0.real}', (5,), {}), ('{!r}', ('a',), {}), ('{!s:>5}', ('a',), {}),
    ('{!a}', ('é',), {}), ('{:{}}', (1, 5), {}), ('{:{w}.{p}f}', (3.14159,), {'w': 10, 'p': 2}),
    ('{{}}', (), {}), ('{{{}}}', (1,), {}), ('}', (), {}), ('{', (), {}), ('a{0', (1,), {}), ('{1}', (1,), {}),
    ('{}{0}', (1,), {}), ('{0}{}', (1,), {}), ('{!x}', (1,), {}), ('{!}', (1,), {}), ('{!rx}', (1,), {}),
    ('{0!r:>{1}}', ('a', 6), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{0[}', (1,), {}), ('{0.}', (1,), {}),
    ('{0[0]x}', ([1],), {}), ('{a{}', (), {}), ('{:d}', ('a',), {}), ('{:,}', (1234567,), {}),
    ('{:>8}|{:<8}|{:^8}', ('a', 'b', 'c'), {}), ('{0:*^9}', (3,), {}), ('{:%}', (0.5,), {}),
    ('{0[0][1]}', ([[1, 2]],), {}), ('{0[2]}', ((1, 2),), {}), ('{:x} {:o} {:b}', (255, 8, 5), {}),
    ('{name!r:^10}', (), {'name': 'bob'}), ('{:}', (1.5,), {}), ('{0:}', ('x',), {}), ('{}', (None,), {}),
    ('{:5}', (None,), {}), ('{}', ([1, 'a'],), {}), ('{:.3}', ('abcdef',), {}), ('{:=^10.3f}', (math.pi,), {}),
    ('{0}', (), {}), ('x}y', (), {}), ('{:{}}}', (1, 2), {}),
]


def str_format_cases():
    for fmt, args, kwargs in STR_FORMAT:
        record('strformat', fmt, args, kwargs, want=outcome(lambda: fmt.format(*args, **kwargs)))


REPR_VALUES = FLOATS + INTS + STRS + [
    None, (), (1,), (1, 2), [], [1, 'a', 2.5], {}, {1: 'a', 'b': [None]}, [(), [()], {}], (1, (2, (3,))),
    10 ** 5000, 2 ** 64, -(2 ** 100), {1.5: (1,)},
]


def repr_cases():
    for v in REPR_VALUES:
        for name, fn in (('repr', repr), ('str', str), ('ascii', ascii)):
            record(name, v, want=outcome(lambda: fn(v)))


OPS = [('+', 'Add'), ('-', 'Sub'), ('*', 'Mul'), ('/', 'TrueDiv'), ('//', 'FloorDiv'), ('%', 'Mod'),
       ('**', 'Pow'), ('<<', 'LShift'), ('>>', 'RShift'), ('|', 'BitOr'), ('^', 'BitXor'), ('&', 'BitAnd'),
       ('@', 'MatMul')]
NUMS = [0, 1, -1, 7, -7, 2 ** 62, -(2 ** 62) - 1, 2 ** 70 + 1, -(2 ** 70), True, False, 0.0, -0.0,
        2.5, -7.5, 1e308, math.inf, math.nan, 3.0]
OTHERS = ['ab', '', [1], [], (1,), (), None, {1: 2}, {3: 4}]


def binop_cases():
    for a in NUMS + OTHERS:
        for b in NUMS + OTHERS:
            for k, (sym, _) in enumerate(OPS):
                if sym == '**' and isinstance(a, int) and isinstance(b, int) and abs(b) > 100 and abs(a) > 1:
                    continue
                if sym == '<<' and isinstance(b, int) and b > 100:
                    continue
                # Non-numbers: the operators with sequence meanings, and one that has none.
                if (a in OTHERS or b in OTHERS) and sym not in ('+', '*', '%', '|', '-'):
                    continue
                want = repr_outcome(lambda: eval('a %s b' % sym, {}, {'a': a, 'b': b}))
                if 'j)' in want:
                    continue  # a complex result: pyaot has no complex type
                record('binop', k, a, b, want=want)


CMPS = [('<', 'Lt'), ('<=', 'Le'), ('==', 'Eq'), ('!=', 'Ne'), ('>', 'Gt'), ('>=', 'Ge')]
CMP_VALUES = [0, 1, -1, True, False, 2 ** 53 + 1, float(2 ** 53), 2 ** 70, 1e300, -(2 ** 80) + 1, math.inf, -math.inf,
              math.nan, 0.5, -0.0, 'a', 'ab', 'b', 'é', '', [1, 2], [1, 2, 3], [1, 'a'], (1, 2), (1,), (), None,
              {1: 2}, {1.0: 2}, {1: 3}]


def compare_cases():
    for a in CMP_VALUES:
        for b in CMP_VALUES:
            for k, (sym, _) in enumerate(CMPS):
                record('cmp', k, a, b, want=repr_outcome(lambda: eval('a %s b' % sym, {}, {'a': a, 'b': b})))
    huge = [2 ** 1100, -(2 ** 1100), 2 ** 1023 * 3, 2 ** 1024 - 1]
    floats = [1e300, -1e300, math.inf, -math.inf, math.nan, 1.7976931348623157e308, 2.0 ** 1023 * 1.5]
    for a in huge:
        for b in floats:
            for k, (sym, _) in enumerate(CMPS):
                record('cmp', k, a, b, want=repr_outcome(lambda: eval('a %s b' % sym, {}, {'a': a, 'b': b})))
                record('cmp', k, b, a, want=repr_outcome(lambda: eval('b %s a' % sym, {}, {'a': a, 'b': b})))


HASH_VALUES = [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 64 + 5, -(2 ** 100) + 3, 10 ** 30, True,
               False, 0.0, -0.0, 1.0, 1.5, -1.5, 1e100, 1e-300, 5e-324, 2.0 ** 80, math.inf, -math.inf, (), (1,),
               (1, 2), ((),), (-1,), (1, (2.5, True)), [1], {}]


def hash_cases():
    for v in HASH_VALUES:
        record('hash', v, want=outcome(lambda: str(hash(v))))


UNARY = [('-', 0), ('+', 1), ('~', 2), ('not ', 3)]
MISC_VALUES = [0, 1, -1, 2 ** 62, -(2 ** 62) - 1, 2 ** 70, True, False, 0.0, -0.0, 2.5, math.nan, '', 'a', [], [0],
               (), (0,), {}, {0: 0}, None]


def misc_cases():
    for v in MISC_VALUES:
        for k, (sym, _) in enumerate(UNARY):
            record('unary', k, v, want=repr_outcome(lambda: eval(sym + 'v', {}, {'v': v})))
        record('truth', v, want=repr(bool(v)))
    triples = [(2, 10, 7), (2, -1, 7), (2, -1, 4), (2, 3, -5), (-2, 3, 5), (0, -1, 5), (2, 3, 1), (2, 10, 0),
               (3, -2, -7), (2.0, 1, 3), (2, 1.0, 3), ('a', 1, 2), (2 ** 100, 2 ** 100, 10 ** 9 + 7),
               (True, True, 2), (5, 0, 1), (0, 0, 3), (2, 5, None), (2.5, 2, None), (-(2 ** 70), 3, 2 ** 65)]
    for a, b, m in triples:
        record('pow3', a, b, m, want=repr_outcome(lambda: pow(a, b, m)))
    nums = [7, -7, 2, -2, 0, 2 ** 70, 7.5, -2.5, 0.0, True]
    for a in nums:
        for b in nums:
            record('divmod', a, b, want=repr_outcome(lambda: divmod(a, b)))
    record('divmod', 'a', 1, want=repr_outcome(lambda: divmod('a', 1)))
    containers = ['abc', [1, 2.0, 'x'], (1, (2,)), {1: 'a', 'b': 2}, '']
    items = [1, 2, 'a', 'ab', 'x', (2,), 2.0, True, 'b', '']
    for c in containers:
        for x in items:
            record('contains', c, x, want=repr_outcome(lambda: x in c))
    record('contains', 5, 1, want=repr_outcome(lambda: 1 in 5))
    record('contains', None, 1, want=repr_outcome(lambda: 1 in None))
    methods = [(5, 'bit_length', ()), (-255, 'bit_length', ()), (2 ** 70, 'bit_length', ()), (0, 'bit_length', ()),
               (True, 'bit_length', ()), (255, 'bit_count', ()), (-(2 ** 70) - 1, 'bit_count', ()),
               (7, 'conjugate', ()), (True, 'conjugate', ()), (7, 'as_integer_ratio', ()),
               (5, 'bit_length', (1,)), (5, 'is_integer', ()), (5, 'nope', ()),
               (2.5, 'is_integer', ()), (2.0, 'is_integer', ()), (math.inf, 'is_integer', ()),
               (0.75, 'as_integer_ratio', ()), (-0.1, 'as_integer_ratio', ()), (1e300, 'as_integer_ratio', ()),
               (math.nan, 'as_integer_ratio', ()), (math.inf, 'as_integer_ratio', ()), (0.1, 'hex', ()),
               (-0.0, 'hex', ()), (5e-324, 'hex', ()), (1.5, 'conjugate', ()), (1.5, 'nope', ()),
               (1.5, 'hex', (1,))]
    for v, name, args in methods:
        record('method', v, name, args, want=repr_outcome(lambda: getattr(v, name)(*args)))
    attrs = [(5, 'real'), (5, 'imag'), (True, 'real'), (True, 'numerator'), (5, 'denominator'), (2.5, 'real'),
             (2.5, 'imag'), (5, 'foo'), (2.5, 'foo'), ('a', 'foo'), ([], 'foo'), (None, 'foo'), (range(3), 'start'),
             (range(1, 9, 2), 'step'), (slice(1, 2), 'stop'), ({}, 'foo')]
    for v, name in attrs:
        record('getattr', v, name, want=repr_outcome(lambda: getattr(v, name)))


def main():
    misc_cases()
    format_cases()
    percent_cases()
    str_format_cases()
    repr_cases()
    binop_cases()
    compare_cases()
    hash_cases()
    sys.stdout.write('CPython %s\n' % sys.version.split()[0])
    sys.stdout.write(''.join(RECORDS))


main()
