from mod_cyc2_b import b_func

a_value = 1


def a_func():
    return "a_func"
