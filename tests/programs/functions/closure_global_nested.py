# Tests `global` declared inside nested functions.
counter = 0
name = "module"

def outer():
    name = "outer-local"
    def bump():
        global counter
        counter += 1
        return counter
    def rename(n):
        global name
        name = n
    bump(); bump()
    rename("changed")
    print("outer sees local name:", name)
    return bump()

print("outer returned:", outer())
print("counter:", counter)
print("name:", name)

def make_global_setter():
    def setter(v):
        global created_later
        created_later = v
    return setter

s = make_global_setter()
s([1, 2])
print("created_later:", created_later)
s("again")
print("created_later:", created_later)
