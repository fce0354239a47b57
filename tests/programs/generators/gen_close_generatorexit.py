# Tests catching GeneratorExit inside a generator on close()
def watcher():
    try:
        while True:
            yield "tick"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally after GeneratorExit")

w = watcher()
print(next(w))
print(next(w))
w.close()
print("closed")

def swallow_and_return():
    try:
        yield 1
    except GeneratorExit:
        print("swallowing GeneratorExit by returning")
        return "ignored"

s = swallow_and_return()
next(s)
print("close returns", s.close())

def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2

b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
