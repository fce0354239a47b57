def compute(x):
    from . import heavy
    return heavy.work(x)


def compute_abs(x):
    from pkg_lazyfn.heavy import work
    return work(x) + 1
