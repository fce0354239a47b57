def level_c(x):
    return 10 // x
