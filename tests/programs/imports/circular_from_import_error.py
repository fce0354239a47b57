try:
    import mod_cyc2_a
except ImportError as e:
    print(type(e).__name__)
    print(str(e).split(" (")[0])
