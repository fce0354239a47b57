# Tests nonlocal updates inside loops and try/finally in the inner function.
def run():
    events = 0
    log = []
    def step(i):
        nonlocal events
        try:
            if i % 3 == 0:
                raise ValueError(f"bad {i}")
            events += 1
        except ValueError as e:
            log.append(str(e))
        finally:
            events += 100
    for i in range(7):
        step(i)
    return events, log

print(run())

def running_max(xs):
    best = None
    def see(v):
        nonlocal best
        if best is None or v > best:
            best = v
        return best
    return [see(v) for v in xs]

print(running_max([3, 1, 4, 1, 5, 9, 2, 6]))
