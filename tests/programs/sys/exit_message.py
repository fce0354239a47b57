# sys.exit("message") prints the message to stderr and exits with status 1.
import sys
def check(config):
    if "name" not in config:
        sys.exit("error: config is missing 'name'")
    return config["name"]
print(check({"name": "ok"}))
print("checking second config")
check({"other": 1})
print("unreachable")
