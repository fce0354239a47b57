from mod_trace_b import level_b


def level_a(x):
    return level_b(x) * 2
