print("b: start")
import mod_cycle_a
print("b: a.A_EARLY =", mod_cycle_a.A_EARLY)
print("b: a has A_LATE?", hasattr(mod_cycle_a, "A_LATE"))
B_VALUE = "b-value"


def from_b():
    return "from_b sees " + mod_cycle_a.plain_a() + " and " + mod_cycle_a.A_LATE


def from_b_plain():
    return "from_b_plain"
print("b: end")
