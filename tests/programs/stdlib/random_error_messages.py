import random

random.seed(0)
cases = [
    ("randrange-empty", lambda: random.randrange(0)),
    ("randrange-empty2", lambda: random.randrange(5, 5)),
    ("randrange-step0", lambda: random.randrange(0, 10, 0)),
    ("randrange-neg-step", lambda: random.randrange(0, 10, -1)),
    ("randint-empty", lambda: random.randint(5, 1)),
    ("choice-empty", lambda: random.choice([])),
    ("choice-empty-str", lambda: random.choice("")),
    ("sample-too-big", lambda: random.sample([1, 2, 3], 4)),
    ("sample-negative", lambda: random.sample([1, 2, 3], -1)),
    ("sample-counts-len", lambda: random.sample(["a", "b"], 1, counts=[1])),
    ("choices-len", lambda: random.choices([1, 2], weights=[1], k=1)),
    ("choices-both", lambda: random.choices([1, 2], weights=[1, 1], cum_weights=[1, 2])),
    ("choices-empty", lambda: random.choices([], k=2)),
    ("choices-zero-weights", lambda: random.choices([1, 2], weights=[0, 0])),
    ("getrandbits-neg", lambda: random.getrandbits(-1)),
    ("sample-set", lambda: random.sample({"a": 1}, 1)),
]
for name, f in cases:
    try:
        print(name, "ok", f())
    except (ValueError, TypeError, IndexError) as e:
        print(name, type(e).__name__, e)
print(random.random())
