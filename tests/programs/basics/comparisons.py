# Comparison operators and chaining.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2)
print(1 == 1.0, 1 != 1.0)
print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1.0)
x = 5
print(0 <= x < 10)
print(0 <= x < 5)
print(x > 3 and x < 7)
print("abc" < "abd", "abc" < "ab", "Z" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print((1, "b") > (1, "a"))
print("a" == "a", "a" != "b")
print([1, 2] == [1, 2], [1, 2] == (1, 2))
nothing = None
print(nothing is None, x is not None)
print(2 in [1, 2, 3], 4 not in [1, 2, 3])
print("ell" in "hello", "z" in "hello")
print("a" in {"a": 1}, 1 in {"a": 1})
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
