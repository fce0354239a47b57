import mod_counter
from mod_counter import increment, current

print(increment())
print(increment(5))
print(mod_counter.count)
print(current())
print(mod_counter.history)
mod_counter.reset()
print(mod_counter.count, mod_counter.history)
increment(2)
print(mod_counter.count, current(), mod_counter.history)
from mod_counter import count
print(count)
increment()
print(count, mod_counter.count)
