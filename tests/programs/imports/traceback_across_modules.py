import mod_trace_a

print(mod_trace_a.level_a(3))
try:
    mod_trace_a.level_a(1)
except ZeroDivisionError as e:
    print("caught:", e)
print(mod_trace_a.level_a(1))
