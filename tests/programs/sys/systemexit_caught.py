# SystemExit can be caught; it is not an Exception subclass.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit, code =", e.code, e.args)
try:
    sys.exit("text")
except SystemExit as e:
    print("code:", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code:", e.code)
try:
    try:
        sys.exit(2)
    except Exception:
        print("Exception does not catch SystemExit")
except BaseException as e:
    print("BaseException does:", type(e).__name__, e.code)
print(isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
print("continuing after all exits")
sys.exit(0)
