print("a: start")
A_EARLY = "a-early"
import mod_cycle_b
print("a: after import b, b.B_VALUE =", mod_cycle_b.B_VALUE)
A_LATE = "a-late"


def from_a():
    return "from_a sees " + mod_cycle_b.from_b_plain()


def plain_a():
    return "plain_a"
print("a: end")
