# Tests UnboundLocalError when the owning function reads its own cell variable before assignment.
def outer():
    def show():
        return v
    print("before read")
    print(v)
    v = 1
    return show

print("start")
outer()
