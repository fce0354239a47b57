# Tests __getattr__ is called only for missing attributes, not for existing ones.
class Lazy:
    cls_attr = "class-level"

    def __init__(self):
        self.real = "real value"
        self.misses = []

    def __getattr__(self, name):
        self.misses.append(name)
        if name.startswith("auto_"):
            return name[5:] * 2
        raise AttributeError(f"Lazy has no {name}")


o = Lazy()
print(o.real)
print(o.cls_attr)
print(o.auto_ab)
print(o.auto_x)
print(o.misses)
print(getattr(o, "auto_q"), getattr(o, "nope", "dflt"))
print(hasattr(o, "auto_z"), hasattr(o, "zzz"))
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__, e)
o.auto_ab = "now set"
print(o.auto_ab)
print(o.misses)
