def show(v):
    w = v * 2
    return eval("v + w")


exec("def tripled(v):\n    return v * 3")
print(show(4), tripled(5), globals()["show"] is show)
