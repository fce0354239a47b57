def show(obj):
    help(obj)

show(len)
