import time

start = time.monotonic()
time.sleep(0.02)
elapsed = time.monotonic() - start
print(elapsed >= 0.015, elapsed < 2.0)
s = time.perf_counter_ns()
time.sleep(0.01)
print(time.perf_counter_ns() - s >= 5_000_000)
print(time.sleep(0), time.sleep(0.0), time.sleep(False))
for bad in [-1, -0.5, "1", None]:
    try:
        time.sleep(bad)
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
time.sleep(1e-6)
time.sleep(True and 0.001)
print("done")
