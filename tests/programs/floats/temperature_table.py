# A realistic table: Celsius/Fahrenheit conversion with floats.
def c_to_f(c):
    return c * 9 / 5 + 32

def f_to_c(f):
    return (f - 32) * 5 / 9

for c in range(-40, 101, 20):
    print(c, c_to_f(c), round(c_to_f(c), 1))
for f in [0, 32, 98.6, 212, -40, 451]:
    c = f_to_c(f)
    print(f, c, round(c, 2), f"{c:.1f}")
readings = [21.5, 22.25, 19.75, 23.0, 20.5]
avg = sum(readings) / len(readings)
print("average", avg, "max", max(readings), "min", min(readings))
above = 0
for r in readings:
    if r > avg:
        above += 1
print("above average:", above)
