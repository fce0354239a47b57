# sys.exit with a string: message on stderr, exit status 1.
import sys
required = ["input", "output"]
given = {"input": "a.txt"}
for key in required:
    if key in given:
        print("found", key, "=", given[key])
    else:
        print("missing", key)
        sys.exit("fatal: missing required option --" + key)
print("unreachable")
