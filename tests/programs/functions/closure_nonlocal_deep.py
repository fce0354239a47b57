# Tests nonlocal through several levels of nesting.
def level1():
    x = 1
    def level2():
        def level3():
            def level4():
                nonlocal x
                x = x * 10
                return x
            return level4
        return level3
    f = level2()()
    print("call1:", f())
    print("call2:", f())
    print("x in level1:", x)
    return x

print("result:", level1())

def outer():
    a = "outer"
    def mid():
        a = "mid"           # shadows outer's a
        def inner():
            nonlocal a       # binds to mid's a
            a = a + "+inner"
            return a
        inner()
        return a
    m = mid()
    print("mid returned:", m)
    print("outer a:", a)

outer()
