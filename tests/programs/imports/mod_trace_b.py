import mod_trace_c


def level_b(x):
    return mod_trace_c.level_c(x - 1) + 1
