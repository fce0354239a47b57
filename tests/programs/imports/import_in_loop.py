results = []
for i in range(3):
    import mod_once
    mod_once.loads += 1
    results.append(mod_once.loads)
print(results)

USE_ALIAS = True
if USE_ALIAS:
    import mod_alias as chosen
else:
    import mod_basic as chosen
print(chosen.__name__)

n = 0
while n < 2:
    from mod_counter import increment
    increment()
    n += 1
import mod_counter
print(mod_counter.count)
