# Tests the uncaught TypeError when sending a value to a just-started generator
def consumer():
    while True:
        item = yield
        print("consumed", item)

primed = consumer()
next(primed)
primed.send("works after priming")
c = consumer()
print("about to send without priming")
c.send("oops")
print("unreachable")
