# Tests deeply nested patterns mixing sequences, mappings and literals on parsed commands
def run(cmd):
    match cmd:
        case {"op": "add", "args": [int(a), int(b)]}:
            return a + b
        case {"op": "neg", "args": [int(a)]}:
            return -a
        case {"op": "sum", "args": [*nums]} if all(isinstance(n, int) for n in nums):
            return sum(nums)
        case {"op": "pair", "args": [(x, y), *_]}:
            return f"pair {x}/{y}"
        case {"op": op}:
            return f"bad op {op}"
        case [("set", name, value), *more]:
            return f"set {name}={value} (+{len(more)} more)"
    return None

print(run({"op": "add", "args": [2, 3]}))
print(run({"op": "neg", "args": [4]}))
print(run({"op": "sum", "args": [1, 2, 3, 4]}))
print(run({"op": "sum", "args": [1, "2"]}))
print(run({"op": "pair", "args": [(5, 6), "ignored"]}))
print(run({"op": "add", "args": [2]}))
print(run([("set", "a", 1), ("set", "b", 2)]))
print(run("nothing"))
