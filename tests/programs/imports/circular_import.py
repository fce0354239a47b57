print("main: start")
import mod_cycle_a
print("main: imported a")
import mod_cycle_b
print(mod_cycle_a.from_a())
print(mod_cycle_b.from_b())
print(mod_cycle_a.mod_cycle_b is mod_cycle_b)
print(mod_cycle_b.mod_cycle_a is mod_cycle_a)
