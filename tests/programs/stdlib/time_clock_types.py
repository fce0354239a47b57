import time

funcs = [time.time, time.perf_counter, time.monotonic, time.process_time]
for f in funcs:
    v = f()
    print(f.__name__, type(v).__name__, v >= 0, isinstance(v, float))
nfuncs = [time.time_ns, time.perf_counter_ns, time.monotonic_ns, time.process_time_ns]
for f in nfuncs:
    v = f()
    print(f.__name__, type(v).__name__, v >= 0, isinstance(v, int))
print(time.time() > 1_600_000_000, time.time_ns() > 1_600_000_000 * 10**9)
print(type(time.sleep(0)).__name__)
