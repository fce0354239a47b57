print("pkg_lazyfn.heavy loading")


def work(x):
    return x * 100
