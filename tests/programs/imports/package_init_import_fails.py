try:
    import pkg_badinit
except IndexError as e:
    print("IndexError:", e)
try:
    from pkg_badinit import GOOD
except IndexError as e:
    print("again IndexError:", e)
print("end")
import pkg_badinit.good
