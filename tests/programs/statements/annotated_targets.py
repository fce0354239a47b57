# Annotated assignments to attributes and subscripts (test_grammar's test_var_annot_*):
# the value, then the target, then -- in a module or class body only -- the annotation,
# which is evaluated and dropped: nothing goes into __annotations__ for such targets.
log = []


def ev(x, tag):
    log.append(tag)
    return x


class Obj:
    pass


class Recorder:
    def __getitem__(self, k):
        log.append(('get', k))
        return 0

    def __setitem__(self, k, v):
        log.append(('set', k, v))


o, r = Obj(), Recorder()
ev(o, 'obj').x: ev(int, 'ann') = ev(1, 'value')
ev(r, 'r')[ev(1, 'key')]: ev(int, 'ann') = ev(3, 'value')
print(log, o.x)
log.clear()
# Without a value: the object, a subscript's index parts (no slice or tuple is made),
# then the annotation.
ev(o, 'obj').y: ev(str, 'ann')
ev(r, 'r')[ev(1, 'lower'):ev(2, 'upper'), ev(3, 'item')]: ev(int, 'ann')
ev(r, 'r')[ev(1, 'lower')::ev(3, 'step')]: ev(int, 'ann')
print(log, hasattr(o, 'y'))
log.clear()
# A parenthesized name is not "simple": its annotation is evaluated, not stored.
(z): ev(int, 'ann') = ev(5, 'value')
(w): ev(int, 'ann')
print(log, z)
log.clear()
my_lst = [42]
int.new_attr: int
[list][0]: type
my_lst[len(my_lst) - 1]: int = 5
print(my_lst, hasattr(int, 'new_attr'))


class C:
    s: str = 'attr'
    ev(o, 'class obj').q: ev(int, 'class ann') = ev(7, 'class value')
    ev(r, 'class r')[0]: ev(float, 'class ann 2')
    (p): ev(int, 'paren ann') = 1

    def __init__(self, x):
        self.x: int = x
        self.items: list[str] = []
        self.count: ev(int, 'never: function annotations are not evaluated') = 0
        self.name: str

    def add(self, item):
        self.items.append(item)
        self.count += 1


print(log, C.__annotations__, o.q, C.p)
log.clear()
c = C(3)
c.add('a')
print(c.x, c.items, c.count, hasattr(c, 'name'), log)


class OnlyTargets:
    o.r: int = 0


print(OnlyTargets.__annotations__, '__annotations__' in OnlyTargets.__dict__)


def f():
    x: int
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x: int = 2
    d = {}
    d['k']: ev(int, 'never') = 4
    d['j']: int
    d[ev('i', 'index')]: 1 / 0
    return x, d


print(f(), log)


def f_ok():
    x: 1 / 0


f_ok()


def f2bad():
    (no_such_global): int
    print(no_such_global)


for thunk in [f2bad]:
    try:
        thunk()
    except NameError as e:
        print(type(e).__name__, e)
try:
    no_name[does_not_exist]: no_name_again = 1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    o.attr: UndefinedType = 1
except NameError as e:
    print(e, o.attr)
try:
    class CBad:
        no_such_name_defined.attr: int = 0
except NameError as e:
    print(e)
try:
    class Cbad2(C):
        x: int
        x.y: list = []
except NameError as e:
    print(e)
