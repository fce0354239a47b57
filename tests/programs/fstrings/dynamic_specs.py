# Nested replacement fields in format specs.
width = 12
prec = 3
value = 2.718281828
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
print(f"[{'mid':^{width}}]")
for w in range(4, 10, 2):
    print(f"[{'x':{w}}] [{w:0{w}d}]")
fill = "*"
align = "^"
print(f"[{'go':{fill}{align}{width}}]")
for p in range(0, 5):
    print(f"{value:.{p}f}")
spec = ">8.2f"
print(f"[{value:{spec}}]")
