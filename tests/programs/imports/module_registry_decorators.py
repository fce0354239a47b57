import mod_registry
from mod_registry import register, Counter


@register("double")
def double(x):
    return 2 * x


@mod_registry.register("greet")
def greet(name):
    return "hi " + name


print(mod_registry.names())
print(mod_registry.run("double", 21))
print(mod_registry.run("greet", "bob"))
print(mod_registry.total)
a = Counter()
b = mod_registry.Counter()
print(Counter.how_many(), a.tag, b.tag)
Counter.instances = 10
print(Counter().tag, mod_registry.Counter.instances)
print(Counter.label(3))
