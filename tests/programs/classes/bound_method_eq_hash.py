# Bound methods compare and hash by (function, object), so they work as dict keys and set items.
class C:
    def m(self): pass
c = C()
print(c.m == c.m, c.m is c.m, hash(c.m) == hash(c.m), len({c.m, c.m}), c.m == C().m, {c.m: 1}[c.m])
