print("loading mod_infunc")


def triple(x):
    return 3 * x
