# In a function, locals() is a snapshot: writing to it does not change locals.
def modify_snapshot():
    x = 1
    d = locals()
    d["x"] = 99
    print("x is still", x)
    print("dict says", d["x"])
    x = 2
    print("x now", x)

modify_snapshot()

def add_name():
    count = 10
    d = locals()
    d["brand_new"] = "hello"
    print("brand_new" in d, d["brand_new"])
    print("count", count)

add_name()

def snapshot_then_change():
    total = 5
    snap = locals()
    before = snap["total"]
    total = total + 100
    print("before", before, "now", total)

snapshot_then_change()

def delete_from_snapshot(a, b):
    d = locals()
    del d["a"]
    print("a still works:", a + b)
    print("keys left:", sorted(d.keys()))

delete_from_snapshot(3, 4)

def copy_of_locals(p, q):
    c = dict(locals())
    c["p"] = "changed"
    return p, c["p"], c["q"]

print(copy_of_locals("orig", 2))
