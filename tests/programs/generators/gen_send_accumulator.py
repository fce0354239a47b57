# Tests send() with a coroutine-style running-average accumulator
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
print("primed:", next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))
print(avg.send(-10))

def running_sum():
    s = 0
    while True:
        x = yield s
        if x is None:
            print("got None, sum stays", s)
        else:
            s += x

r = running_sum()
print(r.send(None))
print(r.send(5))
print(next(r))
print(r.send(7))
