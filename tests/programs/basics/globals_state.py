# global statement and module-level state shared between functions.
counter = 0
log = []

def increment(by=1):
    global counter
    counter += by
    log.append(counter)

def reset():
    global counter, log
    counter = 0
    log = []

def read():
    return counter

increment()
increment(5)
print(counter, log, read())
reset()
print(counter, log)
increment(2)
print(counter, log)

def make_global():
    global created
    created = "made inside a function"

make_global()
print(created)
