import mod_named
import pkg_deep.inner

print("main __name__ =", __name__)
print(mod_named.my_name())
print(mod_named.__name__)
print(pkg_deep.inner.__name__)


def main():
    print("main() called")


if __name__ == "__main__":
    main()
else:
    print("not main")
