import os

key = "PYAOT_SURELY_UNSET_VARIABLE_XYZ"
print(key in os.environ, os.environ.get(key), os.environ.get(key, "default"))
print(os.getenv(key), os.getenv(key, "fallback"), os.getenv(key, None))
path = os.environ.get("PATH")
print(("PATH" in os.environ) == (path is not None), os.getenv("PATH") == path)
print(path is None or isinstance(path, str))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(len(list(os.environ.keys())) == len(os.environ), len(list(os.environ)) == len(os.environ))
print(all(os.environ[k] == os.getenv(k) for k in os.environ))
try:
    os.environ[key]
except KeyError as e:
    print("KeyError", e)
