# A bare raise inside an except block re-raises the original exception uncaught.
def risky(values, i):
    return values[i]

data = [10, 20, 30]
for i in [0, 2, 5]:
    try:
        print("value", risky(data, i))
    except IndexError:
        print("logging failure for index", i)
        raise
print("unreachable")
