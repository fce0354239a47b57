print("main start")
import mod_once
print("after first import", mod_once.loads)
import mod_once
print("after second import", mod_once.loads)
import mod_once as again
from mod_once import loads


def f():
    import mod_once
    return mod_once.loads


print(f(), loads, again is mod_once)
mod_once.loads = 10
import mod_once
print(mod_once.loads)
