print("mod_broken: start")
OK_BEFORE = 1


def boom():
    return {}["no-such-key"]


boom()
print("mod_broken: never reached")
