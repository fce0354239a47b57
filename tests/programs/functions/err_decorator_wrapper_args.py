# Tests a missing-argument error raised through a *args/**kwargs decorator wrapper.
def logged(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__} {args} {kwargs}")
        return fn(*args, **kwargs)
    return wrapper

@logged
def area(w, h):
    return w * h

print(area(2, 3))
print(area(h=4, w=5))
area(7)
