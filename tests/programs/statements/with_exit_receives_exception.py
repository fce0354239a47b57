# Tests that __exit__ receives the exception type and value raised in the body
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("clean exit")
        else:
            print("exit got type", exc_type.__name__)
            print("exit got value", repr(exc))
            print("value is instance of type:", isinstance(exc, exc_type))
            print("traceback present:", tb is not None)
        return False

with Inspect():
    print("no error")

for err in [KeyError("k"), ZeroDivisionError("div"), RuntimeError()]:
    try:
        with Inspect():
            raise err
    except Exception as e:
        print("propagated", repr(e))

try:
    with Inspect():
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
