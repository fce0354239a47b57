# Tests nonlocal accumulators over list, float, and string state.
def make_averager():
    total = 0.0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add

avg = make_averager()
print(avg(10))
print(avg(20))
print(avg(0))

def make_logger(prefix):
    log = ""
    def write(msg):
        nonlocal log
        log = log + prefix + msg + ";"
        return log
    return write

w = make_logger("> ")
w("a")
w("b")
print(w("c"))

def make_collector():
    items = []
    def collect(x):
        items.append(x)   # mutation, no nonlocal needed
        return len(items)
    def snapshot():
        return list(items)
    return collect, snapshot

collect, snap = make_collector()
collect(1); collect("two"); collect(3.0)
print(snap())
