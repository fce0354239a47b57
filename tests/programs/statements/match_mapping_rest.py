# Tests mapping patterns: required keys, extra keys ignored, and **rest captures
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} extras={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "x": 1, "y": 2, "button": "left"},
    {"type": "key", "key": "q", "shift": True, "ctrl": False},
    {"type": "key", "key": "a"},
    {"type": "scroll"},
    {"x": 1},
    {},
    [("type", "click")],
]
for e in events:
    print(handle(e))

match {"a": 1, "b": None}:
    case {"b": None, **others}:
        print("b is None; others:", others)
