# Tests an exception raised in a finally block whose context is the in-flight exception
def work():
    try:
        print("working")
        raise KeyError("primary")
    finally:
        print("cleanup fails too")
        raise OSError("cleanup error")

work()
