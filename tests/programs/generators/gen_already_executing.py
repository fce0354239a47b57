# Tests ValueError when a generator tries to advance itself while running
def selfish():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    yield 2

me = selfish()
print(next(me))
print(next(me))
print(next(me, "done"))
