# Tests TypeError messages for wrong call arguments to __init__ and to instance methods.
class C:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b

    def m(self, x):
        return x

class NoInit:
    pass

def init_missing():
    C()

def init_too_many():
    C(1, 2, 3)

def init_bad_kw():
    C(1, c=3)

def init_dup():
    C(1, a=1)

def method_missing():
    C(1).m()

def method_too_many():
    C(1).m(1, 2)

def method_bad_kw():
    C(1).m(y=2)

def unbound_missing_self():
    C.m(5)

def noinit_args():
    NoInit(1, 2)

def noinit_kwargs():
    NoInit(x=1)

def explicit_init_call():
    NoInit().__init__(5)

cases = [init_missing, init_too_many, init_bad_kw, init_dup, method_missing,
         method_too_many, method_bad_kw, unbound_missing_self, noinit_args,
         noinit_kwargs, explicit_init_call]
for f in cases:
    try:
        f()
        print(f.__name__, "no error")
    except TypeError as e:
        print(f.__name__, "->", e)
