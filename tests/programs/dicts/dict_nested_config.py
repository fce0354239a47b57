# Walking a nested configuration dict with explicit stacks.
config = {
    "server": {"host": "localhost", "port": 8080, "tls": {"enabled": False, "cert": None}},
    "workers": 4,
    "paths": ["/a", "/b"],
    "debug": True,
}
stack = [("", config)]
flat = {}
while stack:
    prefix, node = stack.pop()
    for key, value in node.items():
        path = prefix + "." + key if prefix else key
        if isinstance(value, dict):
            stack.append((path, value))
        else:
            flat[path] = value
for path in sorted(flat):
    print(f"{path} = {flat[path]!r}")
print(config["server"]["tls"]["enabled"], config.get("missing", {}).get("x", "n/a"))
config["server"]["port"] += 1
print(config["server"])
