from mod_cyc2_a import a_value


def b_func():
    return a_value
