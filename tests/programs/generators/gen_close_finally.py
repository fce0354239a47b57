# Tests close(): GeneratorExit is raised at the yield and finally blocks run
def resource():
    print("open")
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup")

g = resource()
print(next(g))
print(next(g))
g.close()
print("after close")
print(next(g, "closed generator is exhausted"))
g.close()
print("second close is a no-op")

g2 = resource()
g2.close()
print("closing an unstarted generator runs nothing")
