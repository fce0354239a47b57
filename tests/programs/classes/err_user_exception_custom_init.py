# Tests an uncaught user exception whose __init__ builds the message via super().__init__.
class LimitError(Exception):
    def __init__(self, value, limit):
        super().__init__(f"value {value} exceeds limit {limit}")
        self.value = value
        self.limit = limit


def check(v):
    if v > 10:
        raise LimitError(v, 10)
    return v


print(check(3))
print(check(10))
check(42)
