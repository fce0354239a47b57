# Under `from __future__ import annotations` the annotation of an attribute or subscript
# target is not evaluated at all (CPython's compiler emits nothing for it), while the
# target's own parts still are; plain names in class bodies store the annotation's text.
from __future__ import annotations

log = []


def ev(x, tag):
    log.append(tag)
    return x


class Obj:
    pass


o = Obj()
d = {}
ev(o, 'obj').x: Undefined = ev(1, 'value')
ev(o, 'obj').y: Undefined[int]
ev(d, 'd')['k']: Undefined | None = ev(2, 'value')
ev(d, 'd')[ev('j', 'index')]: Undefined
(z): Undefined = 3
print(log, o.x, hasattr(o, 'y'), d, z)
log.clear()


class C:
    ev(o, 'class obj').w: Undefined = 4
    n: Undefined[int] = 5
    m: list[Undefined]


print(log, o.w, C.__annotations__, C.n)
