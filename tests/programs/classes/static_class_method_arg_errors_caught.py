# Tests TypeError messages for wrong arguments to @staticmethod and @classmethod, via class and instance.
class K:
    @staticmethod
    def s(x, y):
        return x + y

    @classmethod
    def k(cls, x):
        return x

    @classmethod
    def make(cls, a, b):
        return cls()

def static_missing():
    K.s(1)

def static_too_many_via_instance():
    K().s(1, 2, 3)

def classmethod_too_many():
    K.k(1, 2)

def classmethod_missing_via_instance():
    K().k()

def classmethod_missing_two():
    K.make()

def ok_calls():
    print("ok:", K.s(1, 2), K().s(3, 4), K.k(5), type(K.make(1, 2)).__name__)

cases = [ok_calls, static_missing, static_too_many_via_instance, classmethod_too_many,
         classmethod_missing_via_instance, classmethod_missing_two]
for f in cases:
    try:
        f()
        print(f.__name__, "no error")
    except TypeError as e:
        print(f.__name__, "->", type(e).__name__, e)
