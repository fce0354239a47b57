# Tests matching tuples of values (state machines) and int ranges via guards
def transition(state, event):
    match (state, event):
        case ("idle", "start"):
            return "running"
        case ("running", "pause"):
            return "paused"
        case ("paused", "start") | ("paused", "resume"):
            return "running"
        case (_, "stop"):
            return "idle"
        case (s, e):
            print(f"  ignored {e!r} in state {s!r}")
            return s

state = "idle"
for ev in ["pause", "start", "pause", "resume", "jump", "stop"]:
    state = transition(state, ev)
    print(ev, "->", state)

def fizz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)

print(" ".join(fizz(i) for i in range(1, 16)))
