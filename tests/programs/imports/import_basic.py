import mod_basic

print(mod_basic.GREETING)
print(mod_basic.NUMBERS)
print(mod_basic.add(2, 3))
print(mod_basic.greet("world"))
print(mod_basic.__name__)
print(sum(mod_basic.NUMBERS))
f = mod_basic.add
print(f(10, 20))
