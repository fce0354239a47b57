# Format specs applied to strings.
s = "cat"
print(f"[{s:10}] [{s:<10}] [{s:>10}] [{s:^10}]")
print(f"[{s:*^9}] [{s:-<7}] [{s:#>5}] [{s:2}]")
print(f"[{s:.2}] [{s:>6.1}] [{'abcdef':.3}]")
print(f"[{'':5}] [{'':-^5}]")
names = ["Al", "Barbara", "Christopher"]
for nm in names:
    print(f"|{nm:<12}|{nm:>12}|{nm:^12}|")
print(f"[{s:^4}] [{s:^5}] [{'ab':^5}]")
print(f"{'left':<{8}}|")
print(f"[{True:>6}] [{None!s:>6}]")
