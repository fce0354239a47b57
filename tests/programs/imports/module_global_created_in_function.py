import mod_lateglobal

print(hasattr(mod_lateglobal, "state"))
try:
    mod_lateglobal.get()
except NameError as e:
    print("NameError:", e)
mod_lateglobal.init(10)
print(mod_lateglobal.state, mod_lateglobal.get(), mod_lateglobal.get())
print(mod_lateglobal.calls)
print(list(mod_lateglobal.gen_states(3)))
print(mod_lateglobal.state)
mod_lateglobal.state = 100
print(mod_lateglobal.get())
from mod_lateglobal import state
print(state)
mod_lateglobal.calls += 5
print(mod_lateglobal.calls)
