def init(value):
    global state, calls
    state = value
    calls = 0


def get():
    global calls
    calls += 1
    return state


def gen_states(n):
    global state
    for i in range(n):
        state = state + 1
        yield state
