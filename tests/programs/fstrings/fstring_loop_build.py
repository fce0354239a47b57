# Building strings in loops with f-strings: multiplication table.
size = 6
header = "    "
for c in range(1, size + 1):
    header += f"{c:>4}"
print(header)
for r in range(1, size + 1):
    line = f"{r:>2} |"
    for c in range(1, size + 1):
        line += f"{r * c:>4}"
    print(line)
binary_rows = []
for n in range(8):
    binary_rows.append(f"{n}={n:03b}")
print(" ".join(binary_rows))
hexes = ""
for n in [0, 9, 10, 15, 16, 255]:
    hexes += f"{n:02X} "
print(hexes.rstrip())
