# Tests many AttributeError cases on plain classes, caught and printed as type(e).__name__, e.
class C:
    x = 1

    def __init__(self):
        self.a = 1

def missing_instance():
    return C().nope

def missing_class():
    return C.nope

def missing_method_call():
    return C().run()

def del_missing():
    c = C()
    del c.a
    del c.a

def delattr_missing():
    delattr(C(), "zzz")

def getattr_no_default():
    return getattr(C(), "dyn" + "amic")

def del_class_attr_via_instance():
    c = C()
    del c.x

def none_attr():
    v = None
    return v.name

def int_attr():
    return (5).missing

def str_method_missing():
    return "s".nothing()

cases = [missing_instance, missing_class, missing_method_call, del_missing,
         delattr_missing, getattr_no_default, del_class_attr_via_instance,
         none_attr, int_attr, str_method_missing]
for f in cases:
    try:
        f()
        print(f.__name__, "no error")
    except AttributeError as e:
        print(f.__name__, "->", type(e).__name__, e)
