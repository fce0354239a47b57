# Tests __bool__ in if/while/not/and/or and bool().
class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("__bool__ called")
        return self.on


s_on = Switch(True)
s_off = Switch(False)
if s_on:
    print("on is truthy")
if not s_off:
    print("off is falsy")
print(bool(s_on), bool(s_off))
x = s_off or "fallback"
print(x)
y = s_on and "second"
print(y)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        return self.n > 0


cd = Countdown(3)
while cd:
    print("tick", cd.n)
    cd.n -= 1
