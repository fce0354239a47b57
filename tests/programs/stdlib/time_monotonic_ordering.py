import time

def nondecreasing(f, n=200):
    prev = f()
    for _ in range(n):
        cur = f()
        if cur < prev:
            return False
        prev = cur
    return True

for f in [time.monotonic, time.perf_counter, time.monotonic_ns, time.perf_counter_ns, time.process_time_ns]:
    print(f.__name__, nondecreasing(f))
a = time.perf_counter()
total = 0
for i in range(20000):
    total += i * i
b = time.perf_counter()
print(total, b >= a, b - a < 5.0)
t1 = time.time()
t2 = time.time_ns()
print(abs(t2 / 1e9 - t1) < 60.0)
m1 = time.monotonic_ns()
m2 = time.monotonic()
print(abs(m2 - m1 / 1e9) < 60.0)
