# Tests generators consumed by list(), sum(), tuple(), min(), max(), sorted()
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(6)))
print(sum(squares(6)))
print(tuple(squares(4)))
print(min(squares(5)), max(squares(5)))
print(sorted(squares(5), reverse=True))
print(any(x > 10 for x in squares(5)))
print(all(x < 100 for x in squares(5)))
print(dict(enumerate(squares(3))))
print(list(zip(squares(3), "abc")))
print(", ".join(str(x) for x in squares(4)))
