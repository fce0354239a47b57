print("mod_named __name__ =", __name__)
if __name__ == "__main__":
    print("mod_named run as main")
else:
    print("mod_named imported")


def my_name():
    return __name__
