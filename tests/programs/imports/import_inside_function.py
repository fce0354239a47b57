def use_it(n):
    import mod_infunc
    return mod_infunc.triple(n)


def use_from(n):
    from mod_infunc import triple as t
    return t(n) + 1


print("before")
print(use_it(2))
print(use_it(3))
print(use_from(4))
try:
    print(mod_infunc)
except NameError as e:
    print("NameError:", e)
try:
    print(triple)
except NameError as e:
    print("NameError:", e)


def make():
    import mod_infunc as m

    def inner():
        return m.triple(7)
    return inner


print(make()())
