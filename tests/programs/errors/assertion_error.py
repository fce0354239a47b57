# Uncaught AssertionError with a message.
def mean(values):
    assert len(values) > 0, "mean() of empty list"
    return sum(values) / len(values)

print(mean([1, 2, 3, 4]))
print(mean([2.5]))
data = []
print("computing mean of", data)
print(mean(data))
