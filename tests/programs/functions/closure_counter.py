# Tests nonlocal counters: independent counters from the same factory.
def make_counter(start):
    count = start
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter(0)
c2 = make_counter(100)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())

def make_counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    def get():
        return n
    return up, down, get

up, down, get = make_counter_pair()
up(); up(); up()
down()
print("get:", get())
up()
print("get:", get())
