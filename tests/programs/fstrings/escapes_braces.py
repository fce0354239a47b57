# Literal braces, quotes and escapes around f-string fields.
x = 10
print(f"{{x}} = {x}")
print(f"{{{x}}}")
print(f"{{{{}}}}")
print(f"tab:\t{x}\tend")
print(f"newline:\n{x}")
print(f'single {x} "double"')
print(f"""triple "quoted" {x} 'mixed'""")
print(f"{x}%")
print(rf"raw \n {x}")
print(fr"\d+ matched {x} times")
print(f"{'}'}")
print(f"{'{'}{x}{'}'}")
d = {"a": 1}
print(f"{d['a']:>3}")
