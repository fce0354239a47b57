# Tests decorator factories (decorators with arguments).
def repeat(times):
    print(f"repeat({times}) factory called")
    def deco(fn):
        print(f"decorating {fn.__name__}")
        def wrapper(*args):
            results = []
            for _ in range(times):
                results.append(fn(*args))
            return results
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return f"hi {name}"

print(hello("ann"))

def prefix(p, sep=": "):
    def deco(fn):
        def wrapper(s):
            return p + sep + fn(s)
        return wrapper
    return deco

@prefix("LOG")
def shout(s):
    return s.upper()

@prefix("DBG", sep=" | ")
def whisper(s):
    return s.lower()

print(shout("loud"))
print(whisper("QUIET"))
