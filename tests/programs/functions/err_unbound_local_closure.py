# Tests UnboundLocalError in a closure that reads then assigns a name (it becomes local).
def outer():
    count = 0
    def inc():
        print("count before:", count)
        count = 1
    print("outer count:", count)
    inc()

outer()
