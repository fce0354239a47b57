def uses_missing():
    return undefined_thing + 1


def uses_later():
    return defined_later * 2


defined_later = 21
